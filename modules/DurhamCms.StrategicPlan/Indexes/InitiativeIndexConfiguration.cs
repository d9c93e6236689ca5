using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>Initiatives by number, priority and status, for the dashboard and the number rule.</summary>
public sealed class InitiativeIndexConfiguration : IEntityTypeConfiguration<InitiativeIndex>
{
    public void Configure(EntityTypeBuilder<InitiativeIndex> builder)
    {
        builder.Property(x => x.Number).HasMaxLength(16);
        builder.Property(x => x.ObjectiveNumber).HasMaxLength(8);
        builder.Property(x => x.ObjectiveTitle).HasMaxLength(255);
        builder.Property(x => x.Title).HasMaxLength(1024);
        builder.Property(x => x.PriorityContentItemId).HasMaxLength(26);
        builder.Property(x => x.Status).HasMaxLength(64);
        builder.Property(x => x.LeadDepartment).HasMaxLength(255);
        builder.Property(x => x.PlanCycle).HasMaxLength(64);
        builder.HasIndex(x => new { x.Published, x.PriorityContentItemId, x.Status });
        builder.HasIndex(x => new { x.Number, x.Latest });
    }
}
