namespace DurhamCms.Search.Models;

/// <summary>
/// An index profile in Orchard Core's shape (<c>Name</c>, <c>IndexName</c>, <c>ProviderName</c>,
/// <c>Type</c>, provider metadata under <c>Properties</c>), so that the recipe steps written for
/// Orchard's <c>CreateOrUpdateIndexProfile</c> move between the two without edits.
/// </summary>
public sealed class IndexProfile
{
    public const string LuceneProvider = "Lucene";
    public const string ContentType = "Content";

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The folder name of the index on each node; letters, digits, '-' and '_' only.</summary>
    public string IndexName { get; set; } = "";

    public string ProviderName { get; set; } = LuceneProvider;
    public string Type { get; set; } = ContentType;

    public IndexProfileProperties Properties { get; set; } = new();

    /// <summary>
    /// Changed by RebuildIndex: every node whose index was built under another token drops its
    /// index and builds it again from the database. A token, not a flag, because each node of a
    /// farm has to notice the request on its own.
    /// </summary>
    public string RebuildToken { get; set; } = "";

    /// <summary>Changed by ResetIndex: every node replays the task log from its start into the index it has.</summary>
    public string ResetToken { get; set; } = "";

    public bool IndexLatest => Properties.ContentIndexMetadata.IndexLatest;

    public bool Indexes(string contentType) =>
        Properties.ContentIndexMetadata.IndexedContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);
}

public sealed class IndexProfileProperties
{
    public ContentIndexMetadata ContentIndexMetadata { get; set; } = new();
    public LuceneIndexMetadata LuceneIndexMetadata { get; set; } = new();
    public LuceneIndexDefaultQueryMetadata LuceneIndexDefaultQueryMetadata { get; set; } = new();
}

public sealed class ContentIndexMetadata
{
    /// <summary>False: the published version of each item (what residents see). True: the latest, drafts included.</summary>
    public bool IndexLatest { get; set; }

    public string[] IndexedContentTypes { get; set; } = [];

    public string Culture { get; set; } = "any";
}

public sealed class LuceneIndexMetadata
{
    /// <summary>"standard" or "english" (stemming); both fold case and accents. Orchard's "standardanalyzer" is read as "standard".</summary>
    public string AnalyzerName { get; set; } = "english";

    public bool StoreSourceData { get; set; }
}

public sealed class LuceneIndexDefaultQueryMetadata
{
    public string[] DefaultSearchFields { get; set; } = [];
}
