using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>Key measures by the initiative they belong to.</summary>
public sealed class KeyMeasureIndexConfiguration : IEntityTypeConfiguration<KeyMeasureIndex>
{
    /// <summary>"NoTarget" is the longest name today; room for one more.</summary>
    public const int MaxStandingLength = 16;

    public void Configure(EntityTypeBuilder<KeyMeasureIndex> builder)
    {
        builder.Property(x => x.InitiativeContentItemId).HasMaxLength(26);
        builder.Property(x => x.Title).HasMaxLength(1024);
        builder.Property(x => x.Standing).HasMaxLength(MaxStandingLength);
        builder.HasIndex(x => new { x.InitiativeContentItemId, x.Published });
    }
}
