using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using DurhamCms.Search.Contributors;
using DurhamCms.Search.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DurhamCms.Search.Controllers;

/// <summary><c>GET /api/search?q=&amp;type=&amp;page=&amp;sort=</c> (and one key per facet of the catalog): the search page's results as JSON.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", (HttpContext http, SearchService search, SearchCatalog catalog) =>
        {
            var started = Stopwatch.GetTimestamp();
            var results = search.Search(SearchRequest.From(http.Request, catalog));

            // The search's own time, apart from the network and JSON: what bench/search.sh reports.
            http.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"search;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.000}");
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Json(ToResponse(results));
        });
        return endpoints;
    }

    public static SearchResponse ToResponse(SearchResults results) => new(
        results.Total,
        results.Hits.Select(h => new SearchResponseHit(h.Id, h.Type, h.Title, h.Url, h.Snippet)
        {
            Values = h.Values.ToDictionary(v => v.Definition.Name, v => (object?)v.Value),
        }).ToList(),
        results.Facets.ToDictionary(
            g => g.Facet.Key,
            g => (IReadOnlyList<SearchResponseFacetValue>)g.Values.Select(v => new SearchResponseFacetValue(v.Value, v.Label, v.Count, v.Selected)).ToList()),
        results.DidYouMean);
}

/// <summary>
/// The API's shape, exactly: <c>{ total, hits: [{ id, type, title, url, snippet, …hit values }], facets: { type: [{ value, label, count, selected }], … }, didYouMean }</c>,
/// where the hit values and facets are the catalog's, in its order.
/// Pages are asked for with <c>page=</c>; there are <c>ceil(total / 10)</c> of them.
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchResponseHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<SearchResponseFacetValue>> Facets,
    string? DidYouMean);

/// <summary><see cref="Snippet"/> is HTML: text encoded, matched words in &lt;mark&gt;.</summary>
public sealed record SearchResponseHit(string Id, string Type, string Title, string? Url, string Snippet)
{
    /// <summary>The catalog's hit values, after the fixed properties, each present (null when the hit has none).</summary>
    [JsonExtensionData]
    public IDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();
}

public sealed record SearchResponseFacetValue(string Value, string Label, int Count, bool Selected);
