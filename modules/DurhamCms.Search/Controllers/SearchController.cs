using DurhamCms.Search.Querying;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Search.Controllers;

/// <summary>The residents' search page: results, facets and paging from the query string alone, so it works without JavaScript.</summary>
public sealed class SearchController(SearchService search) : Controller
{
    [HttpGet("/search")]
    public IActionResult Index()
    {
        var request = SearchRequest.From(Request.Query);
        Response.Headers.CacheControl = "no-store";
        return View(new SearchPageModel(request, search.Search(request)));
    }
}

public sealed record SearchPageModel(SearchRequest Request, SearchResults Results)
{
    /// <summary>The same words (and sort) without any filter.</summary>
    public string ClearFiltersUrl => "/search" + (Results.Query.Length > 0 ? "?q=" + Uri.EscapeDataString(Results.Query) : "");

    /// <summary>This search's URL with some values changed (null removes a key); filters kept unless changed.</summary>
    public string Url(string? q = null, int? page = null, string? sort = null, (string Key, string Value, bool Add)? toggle = null)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var query = q ?? Results.Query;
        if (query.Length > 0)
        {
            pairs.Add(new("q", query));
        }

        foreach (var facet in SearchFacets.All)
        {
            var values = Request.Selected(facet.Key).ToList();
            if (toggle is { } t && t.Key == facet.Key)
            {
                values.Remove(t.Value);
                if (t.Add)
                {
                    values.Add(t.Value);
                }
            }

            pairs.AddRange(values.Select(v => new KeyValuePair<string, string>(facet.Key, v)));
        }

        if ((sort ?? Request.Sort) == SearchRequest.SortByNumber)
        {
            pairs.Add(new("sort", SearchRequest.SortByNumber));
        }

        if (page is > 1)
        {
            pairs.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return "/search" + (pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }
}
