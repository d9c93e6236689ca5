using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>Key measures by the initiative they belong to.</summary>
public sealed class KeyMeasureIndexConfiguration : IEntityTypeConfiguration<KeyMeasureIndex>
{
    /// <summary>"NoTarget" is the longest name today; room for one more.</summary>
    public const int MaxStandingLength = 16;

    /// <summary>"Quarterly" is the longest name today.</summary>
    public const int MaxFrequencyLength = 16;

    /// <summary>A month, a quarter and a fiscal year ("2024-11;FY2025 Q2;FY2025") with room to spare.</summary>
    public const int MaxLatestPeriodsLength = 64;

    public void Configure(EntityTypeBuilder<KeyMeasureIndex> builder)
    {
        builder.Property(x => x.InitiativeContentItemId).HasMaxLength(26);
        builder.Property(x => x.Title).HasMaxLength(1024);
        builder.Property(x => x.Standing).HasMaxLength(MaxStandingLength);
        builder.Property(x => x.Frequency).HasMaxLength(MaxFrequencyLength);
        builder.Property(x => x.LatestPeriods).HasMaxLength(MaxLatestPeriodsLength);
        builder.HasIndex(x => new { x.InitiativeContentItemId, x.Published });
    }
}
