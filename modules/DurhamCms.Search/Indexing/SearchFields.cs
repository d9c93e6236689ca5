namespace DurhamCms.Search.Indexing;

/// <summary>
/// Field names of a search document. The content fields keep Orchard's names, so queries written
/// for an Orchard Lucene index read ours. What modules contribute lives under prefixes of its
/// own (<c>Facet.</c>, <c>Sort.</c>, <c>Keyword.</c>, see <see cref="Contributors.SearchCatalog"/>).
/// </summary>
public static class SearchFields
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string DisplayText = "Content.ContentItem.DisplayText.Analyzed";
    public const string DisplayTextKeyword = "Content.ContentItem.DisplayText.keyword";
    public const string FullText = "Content.ContentItem.FullText";
    public const string Published = "Content.ContentItem.Published";
    public const string Latest = "Content.ContentItem.Latest";
    public const string ModifiedUtc = "Content.ContentItem.ModifiedUtc";

    /// <summary>Orchard's field for the item's culture (its LocalizationPart's), as written ("es-US").</summary>
    public const string Culture = "Content.LocalizationPart.Culture";

    /// <summary>The culture's two-letter language ("es"), or "" for an item without a culture: shown in every language.</summary>
    public const string Language = "Search.Language";

    /// <summary>The item's prose, stored only: snippets are cut from it (see <see cref="Contributors.SearchDocument.AddText"/>).</summary>
    public const string Prose = "Search.Prose";

    /// <summary>Title and text again, lower-cased and folded but not stemmed: the words as typed, for typo matching and "did you mean".</summary>
    public const string Words = "Search.Words";

    /// <summary>Where the hit links to, how it introduces itself, what it is part of (stored only).</summary>
    public const string Url = "Search.Url";
    public const string Kind = "Search.Kind";
    public const string PartOf = "Search.PartOf";

    /// <summary>The facets whose value this document's title labels (keywords, one per facet key).</summary>
    public const string LabelsFacet = "Search.LabelsFacet";

    public static string Facet(string key) => "Facet." + key;

    public static string Sort(string key) => "Sort." + key;

    public static string Keyword(string name) => "Keyword." + name;
}
