namespace DurhamCms.Search.Contributors;

/// <summary>What the providers described, gathered: one instance for the site.</summary>
public sealed class SearchCatalogBuilder
{
    internal List<SearchFacet> Facets { get; } = [];
    internal List<SearchSort> Sorts { get; } = [];
    internal List<SearchExactField> ExactFields { get; } = [];
    internal List<SearchHitValue> HitValues { get; } = [];
    internal List<(string FacetKey, Func<string, string?> Label)> Labels { get; } = [];

    public SearchCatalogBuilder AddFacet(SearchFacet facet) => Add(Facets, facet);

    public SearchCatalogBuilder AddSort(SearchSort sort) => Add(Sorts, sort);

    public SearchCatalogBuilder AddExactField(SearchExactField field) => Add(ExactFields, field);

    public SearchCatalogBuilder AddHitValue(SearchHitValue value) => Add(HitValues, value);

    /// <summary>
    /// How values of a facet read (any module's facet: a module names the content types it
    /// defines in the type facet). Returns null for a value it does not know. A document that labels the value
    /// (<see cref="SearchDocument.LabelsFacetValue"/>) comes first; the value itself comes last.
    /// </summary>
    public SearchCatalogBuilder LabelValues(string facetKey, Func<string, string?> label)
    {
        Labels.Add((facetKey, label));
        return this;
    }

    private SearchCatalogBuilder Add<T>(List<T> list, T entry)
    {
        list.Add(entry);
        return this;
    }
}

/// <summary>
/// The facets, sorts, exact fields and hit values of this site's search, from every
/// <see cref="ISearchCatalogProvider"/>, in their positions. Search's own (the type facet) and
/// each module's alike.
/// </summary>
public sealed class SearchCatalog
{
    /// <summary>Search's own facet, which every site has: the content type (<c>?type=BlogPost</c>).</summary>
    public const string TypeFacet = "type";

    /// <summary>Raised when what Search writes into a document changes shape: every node rebuilds its indexes once.</summary>
    private const int DocumentVersion = 2;

    private readonly List<(string FacetKey, Func<string, string?> Label)> _labels;

    public SearchCatalog(IEnumerable<ISearchCatalogProvider> providers)
    {
        var builder = new SearchCatalogBuilder();
        foreach (var provider in providers)
        {
            provider.Describe(builder);
        }

        Facets = Unique(builder.Facets, f => f.Key, "facet").OrderBy(f => f.Position).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        Sorts = Unique(builder.Sorts, s => s.Key, "sort").OrderBy(s => s.Position).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        ExactFields = Unique(builder.ExactFields, f => f.Keyword, "exact field");
        HitValues = Unique(builder.HitValues, v => v.Name, "hit value").OrderBy(v => v.Position).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();
        foreach (var value in HitValues.Where(v => Facet(v.FacetKey) is null))
        {
            throw new InvalidOperationException($"Search hit value '{value.Name}' shows facet '{value.FacetKey}', which no module declares.");
        }

        _labels = builder.Labels;
        Layout = string.Join('|',
        [
            $"v{DocumentVersion}",
            string.Join(',', Facets.Select(f => f.Key)),
            string.Join(',', Sorts.Select(s => s.Key)),
            string.Join(',', ExactFields.Select(f => f.Keyword)),
        ]);
    }

    public IReadOnlyList<SearchFacet> Facets { get; }
    public IReadOnlyList<SearchSort> Sorts { get; }
    public IReadOnlyList<SearchExactField> ExactFields { get; }
    public IReadOnlyList<SearchHitValue> HitValues { get; }

    /// <summary>
    /// The shape of the documents this catalog expects. An index built under another layout (an
    /// older release, a module added or removed) is rebuilt, rather than answering facets and
    /// sorts from fields it never wrote.
    /// </summary>
    public string Layout { get; }

    public SearchFacet? Facet(string key) => Facets.FirstOrDefault(f => f.Key == key);

    /// <summary>The sort key as the catalog spells it, or null for relevance (and anything unknown).</summary>
    public SearchSort? Sort(string? key) =>
        key is null ? null : Sorts.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when some exact field claims the word ("3.11"): it is matched as typed, never as a typo.</summary>
    public bool IsExact(string word) => ExactFields.Any(f => f.Pattern.IsMatch(word));

    /// <summary>How a facet value reads: a document's title that labels it, a provider's label, or the value itself.</summary>
    public string Label(SearchFacet facet, string value, IReadOnlyDictionary<(string Facet, string Value), string> documentLabels)
    {
        if (documentLabels.TryGetValue((facet.Key, value), out var title))
        {
            return title;
        }

        foreach (var (key, label) in _labels)
        {
            if (key == facet.Key && label(value) is { } text)
            {
                return text;
            }
        }

        return value;
    }

    private static List<T> Unique<T>(List<T> entries, Func<T, string> key, string what)
    {
        var twice = entries.GroupBy(key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? entries : throw new InvalidOperationException($"Search {what} '{twice.Key}' is declared twice; each needs its own key.");
    }
}
