namespace DurhamCms.ContentManagement;

/// <summary>
/// A row of a module's index table, derived from one stored version. Rows are rewritten
/// whenever their version's row is written, in the same transaction, so queries on an index
/// never need to read documents.
/// </summary>
public abstract class ContentIndex
{
    public long Id { get; set; }

    /// <summary>The storage row (one version) this index row was mapped from.</summary>
    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

/// <summary>Maps a version to the index rows it should have (none when it does not apply).</summary>
public interface IContentIndexProvider
{
    Type IndexType { get; }

    IEnumerable<ContentIndex> Map(ContentItem item);
}

public abstract class ContentIndexProvider<TIndex> : IContentIndexProvider where TIndex : ContentIndex
{
    public Type IndexType => typeof(TIndex);

    IEnumerable<ContentIndex> IContentIndexProvider.Map(ContentItem item) => Map(item);

    public abstract IEnumerable<TIndex> Map(ContentItem item);
}
