using Microsoft.AspNetCore.Http;

namespace DurhamCms.Search.Querying;

/// <summary>A search as the query string gives it: <c>?q=&amp;priority=&amp;status=&amp;type=&amp;department=&amp;page=&amp;sort=</c>. Filters may repeat.</summary>
public sealed record SearchRequest
{
    public const string SortByRelevance = "relevance";
    public const string SortByNumber = "number";

    public string? Q { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public int Page { get; init; } = 1;
    public string Sort { get; init; } = SortByRelevance;

    public static SearchRequest From(IQueryCollection query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in SearchFacets.All)
        {
            var values = query[facet.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(SearchFacets.MaxValuesPerFilter).ToList();
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
            Sort = string.Equals(query["sort"].FirstOrDefault(), SortByNumber, StringComparison.OrdinalIgnoreCase) ? SortByNumber : SortByRelevance,
        };
    }

    public IReadOnlyList<string> Selected(string facet) => Filters.GetValueOrDefault(facet) ?? [];
}
