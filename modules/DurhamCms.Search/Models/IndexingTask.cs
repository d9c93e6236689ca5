namespace DurhamCms.Search.Models;

/// <summary>
/// One row of the indexing task log (Orchard's IndexingTask): "item X changed". Written in the
/// same transaction as the change, so the log never misses a committed change nor records one
/// that rolled back. Each node reads it forward from its own cursor; a task only says which item
/// to look at again, so applying it twice, or late, gives the same index.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public IndexingTaskType Type { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>Orchard's values: 0 update, 1 deletion.</summary>
public enum IndexingTaskType
{
    Update = 0,
    Delete = 1,
}
