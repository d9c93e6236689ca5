using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>Status updates by initiative and reporting period.</summary>
public sealed class StatusUpdateIndexConfiguration : IEntityTypeConfiguration<StatusUpdateIndex>
{
    public void Configure(EntityTypeBuilder<StatusUpdateIndex> builder)
    {
        builder.Property(x => x.InitiativeContentItemId).HasMaxLength(26);
        builder.Property(x => x.Period).HasMaxLength(64);
        builder.Property(x => x.PeriodSortKey).HasMaxLength(16);
        builder.Property(x => x.Status).HasMaxLength(64);
        builder.HasIndex(x => new { x.InitiativeContentItemId, x.Published });
    }
}
