namespace DurhamCms.Search.Models;

/// <summary>
/// How far the indexing task log has been pruned, shared by every node. A node whose index
/// cursor is below <see cref="PrunedThroughId"/> was away while tasks it never read were deleted:
/// it cannot catch up from the log and rebuilds its index instead.
/// </summary>
public sealed class IndexingTaskLogDocument
{
    public const string DocumentKey = "SearchIndexingTaskLog";

    /// <summary>Every task with this id or a lower one may have been deleted.</summary>
    public long PrunedThroughId { get; set; }

    public DateTime? PrunedUtc { get; set; }
}
