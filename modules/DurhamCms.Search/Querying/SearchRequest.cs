using DurhamCms.Search.Contributors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Search.Querying;

/// <summary>A search as the query string gives it: <c>?q=&amp;page=&amp;sort=</c> and one key per facet (<c>type=</c>, …). Filters may repeat.</summary>
public sealed record SearchRequest
{
    public const string SortByRelevance = "relevance";

    /// <summary>A filter repeated more often than this is cut: no facet has that many values worth choosing at once.</summary>
    public const int MaxValuesPerFilter = 20;

    public string? Q { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public int Page { get; init; } = 1;

    /// <summary><see cref="SortByRelevance"/> or the key of one of the catalog's sorts.</summary>
    public string Sort { get; init; } = SortByRelevance;

    /// <summary>
    /// The two-letter language searched ("es"): its documents and those without a culture, analysed
    /// as that language. Null: every document, the profile's analysis.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// Run the search again rather than answer from the results of the same search on the same
    /// index snapshot: the request said <c>Cache-Control: no-cache</c> (a browser's hard reload,
    /// or bench/search.sh measuring what a search costs).
    /// </summary>
    public bool Fresh { get; init; }

    /// <summary>A request's search: its query string (see <see cref="From(IQueryCollection, SearchCatalog)"/>) and whether it asked for no cached answer.</summary>
    public static SearchRequest From(HttpRequest request, SearchCatalog catalog) =>
        From(request.Query, catalog) with
        {
            Fresh = request.Headers.CacheControl.Any(v => v is not null && v.Contains("no-cache", StringComparison.OrdinalIgnoreCase)),
        };

    /// <summary>Reads the facets and sorts the catalog knows; other keys, and unknown sorts, are ignored.</summary>
    public static SearchRequest From(IQueryCollection query, SearchCatalog catalog)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in catalog.Facets)
        {
            var values = query[facet.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(MaxValuesPerFilter).ToList();
            if (values.Count > 0)
            {
                filters[facet.Key] = values;
            }
        }

        return new SearchRequest
        {
            Q = query["q"].FirstOrDefault(),
            Filters = filters,
            Page = int.TryParse(query["page"].FirstOrDefault(), out var page) ? page : 1,
            Sort = catalog.Sort(query["sort"].FirstOrDefault())?.Key ?? SortByRelevance,
            // ?culture=es (or es-US) for the API; otherwise the page's own language ("/es/buscar" is read in Spanish).
            Language = Indexing.SearchDocumentBuilder.LanguageOf(query["culture"].FirstOrDefault()) is { Length: > 0 } asked
                ? asked
                : System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
    }

    public IReadOnlyList<string> Selected(string facet) => Filters.GetValueOrDefault(facet) ?? [];
}
