using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Cluster;

/// <summary>
/// One row per node sharing the database, written by the node itself: what its search index has
/// reached, so that the search admin page (on any node) and the node's own readiness can see it.
/// </summary>
public sealed class ClusterNodeRecord
{
    public string NodeName { get; set; } = "";

    /// <summary>When the node last wrote its row.</summary>
    public DateTime SeenUtc { get; set; }

    /// <summary>The last indexing task this node's index has applied.</summary>
    public long SearchTaskId { get; set; }

    /// <summary>How far the index trailed the task log when last written.</summary>
    public double SearchLagSeconds { get; set; }

    /// <summary>The indexer's last error on this node, if its last pass failed.</summary>
    public string? SearchError { get; set; }
}

internal sealed class ClusterNodeRecordConfiguration : IEntityTypeConfiguration<ClusterNodeRecord>
{
    public void Configure(EntityTypeBuilder<ClusterNodeRecord> builder)
    {
        builder.ToTable("ClusterNodes");
        builder.HasKey(x => x.NodeName);
        builder.Property(x => x.NodeName).HasMaxLength(100);
    }
}
