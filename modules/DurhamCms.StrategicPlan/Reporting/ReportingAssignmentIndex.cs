using DurhamCms.ContentManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>One row per person who reports on an item version: "what do I report?" and compliance by owner, without documents.</summary>
public sealed class ReportingAssignmentIndex : ContentIndex
{
    public const string OwnerRole = "Owner";
    public const string ReporterRole = "Reporter";

    public string ContentType { get; set; } = "";

    /// <summary><see cref="OwnerRole"/> or <see cref="ReporterRole"/>.</summary>
    public string Role { get; set; } = "";

    public string UserId { get; set; } = "";
}

public sealed class ReportingAssignmentIndexProvider : ContentIndexProvider<ReportingAssignmentIndex>
{
    public override IEnumerable<ReportingAssignmentIndex> Map(ContentItem item)
    {
        var owners = ReportingPart.OwnerIds(item);
        foreach (var id in owners)
        {
            yield return new ReportingAssignmentIndex { ContentType = item.ContentType, Role = ReportingAssignmentIndex.OwnerRole, UserId = id };
        }

        foreach (var id in ReportingPart.ReporterIds(item).Except(owners, StringComparer.Ordinal))
        {
            yield return new ReportingAssignmentIndex { ContentType = item.ContentType, Role = ReportingAssignmentIndex.ReporterRole, UserId = id };
        }
    }
}

/// <summary>Sizes as in <see cref="Migrations.CreateReportingAssignmentIndex"/>.</summary>
public sealed class ReportingAssignmentIndexConfiguration : IEntityTypeConfiguration<ReportingAssignmentIndex>
{
    public void Configure(EntityTypeBuilder<ReportingAssignmentIndex> builder)
    {
        builder.Property(x => x.ContentType).HasMaxLength(255);
        builder.Property(x => x.Role).HasMaxLength(16);
        builder.Property(x => x.UserId).HasMaxLength(255);
        builder.HasIndex(x => new { x.UserId, x.Latest });
    }
}
