using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>An Editor's unlock of one published period of a measure, open until the measure is next published.</summary>
public sealed class PeriodUnlockRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string Period { get; set; } = "";
    public string Reason { get; set; } = "";
    public string UnlockedBy { get; set; } = "";
    public DateTime UnlockedUtc { get; set; }

    /// <summary>When the period locked again (the measure was published); null while it is open.</summary>
    public DateTime? RelockedUtc { get; set; }
}

/// <summary>Sizes as in <see cref="Migrations.CreatePeriodUnlockRecord"/>.</summary>
public sealed class PeriodUnlockRecordConfiguration : IEntityTypeConfiguration<PeriodUnlockRecord>
{
    public void Configure(EntityTypeBuilder<PeriodUnlockRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.Property(x => x.Period).HasMaxLength(16);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.UnlockedBy).HasMaxLength(255);
        builder.HasIndex(x => new { x.ContentItemId, x.RelockedUtc });
    }
}
