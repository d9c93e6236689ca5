using DurhamCms.ContentManagement;

namespace DurhamCms.Search.Contributors;

/// <summary>
/// What the search document of one item will hold beyond its ids, type and title: words,
/// facet values, exact-match keywords, sort values and how its hit reads. Contributors fill it
/// without knowing Lucene; the indexer turns it into the Lucene document.
/// </summary>
public sealed class SearchDocument(ContentItem item)
{
    private readonly List<string> _text = [];
    private readonly List<string> _quotable = [];
    private readonly Dictionary<string, string> _facets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sortValues = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Value)> _keywords = [];
    private readonly HashSet<string> _labelledFacets = new(StringComparer.Ordinal);

    public ContentItem Item { get; } = item;

    /// <summary>Where a hit on this item links ("/blog/post-1"); null: nowhere of its own.</summary>
    public string? Url { get; set; }

    /// <summary>How the hit introduces itself above its title ("Blog post", "Chapter 3.11"); null: the content type.</summary>
    public string? Kind { get; set; }

    /// <summary>The title of what the item belongs to, shown under the hit's title as "Part of: …".</summary>
    public string? PartOf { get; set; }

    /// <summary>The culture the item is written in ("es-US", from Orchard's LocalizationPart); null: none, found in every language.</summary>
    public string? Culture { get; set; }

    public IReadOnlyList<string> Text => _text;
    public IReadOnlyList<string> QuotableText => _quotable;
    public IReadOnlyDictionary<string, string> Facets => _facets;
    public IReadOnlyDictionary<string, long> SortValues => _sortValues;
    public IReadOnlyList<(string Name, string Value)> Keywords => _keywords;
    public IReadOnlyCollection<string> LabelledFacets => _labelledFacets;

    /// <summary>
    /// Words residents find the item by (full text and typo matching), in the order given. Prose
    /// is <paramref name="quotable"/>: snippets quote it; short labels (a state, a date) are
    /// searchable but make poor snippets.
    /// </summary>
    public void AddText(string text, bool quotable)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        _text.Add(text);
        if (quotable)
        {
            _quotable.Add(text);
        }
    }

    /// <summary>The item's one value of a facet (see <see cref="SearchFacet"/>); blank values are left out, a second value replaces the first.</summary>
    public void SetFacet(string facetKey, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _facets[facetKey] = value.Trim();
        }
    }

    /// <summary>The item's place in a sort (see <see cref="SearchSort"/>); items without one sort as 0.</summary>
    public void SetSortValue(string sortKey, long value) => _sortValues[sortKey] = value;

    /// <summary>A value matched exactly, as typed (see <see cref="SearchExactField"/>), and stored.</summary>
    public void AddKeyword(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _keywords.Add((name, value.Trim()));
        }
    }

    /// <summary>This item's title is how its value of the facet reads (a category's page labels the category's key).</summary>
    public void LabelsFacetValue(string facetKey) => _labelledFacets.Add(facetKey);
}

/// <summary>The items of one indexing batch, each with the document being filled for it.</summary>
public sealed class SearchDocumentBatch
{
    private readonly Dictionary<string, SearchDocument> _documents;

    public SearchDocumentBatch(IReadOnlyList<ContentItem> items, bool latest)
    {
        Items = items.DistinctBy(i => i.ContentItemId).ToList();
        Latest = latest;
        _documents = Items.ToDictionary(i => i.ContentItemId, i => new SearchDocument(i), StringComparer.Ordinal);
    }

    public IReadOnlyList<ContentItem> Items { get; }

    /// <summary>True: the profile indexes the latest versions (drafts included); false: the published ones residents see.</summary>
    public bool Latest { get; }

    public IEnumerable<SearchDocument> Documents => Items.Select(i => _documents[i.ContentItemId]);

    public SearchDocument this[ContentItem item] => _documents[item.ContentItemId];
}
