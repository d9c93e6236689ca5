using DurhamCms.Search.Contributors;
using DurhamCms.Search.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Controllers;

/// <summary>The residents' search page: results, facets and paging from the query string alone, so it works without JavaScript.</summary>
public sealed class SearchController(SearchService search, SearchCatalog catalog, IOptions<SearchPageText> text) : Controller
{
    /// <remarks>
    /// "/es/buscar" is the Spanish page: the request is read in Spanish (see the Localization
    /// module's culture routing), so it searches Spanish documents with Spanish analysis.
    /// </remarks>
    [HttpGet("/search")]
    [HttpGet("/es/buscar")]
    public IActionResult Index()
    {
        var request = SearchRequest.From(Request, catalog);
        Response.Headers.CacheControl = "no-store";
        return View(new SearchPageModel(request, search.Search(request), catalog, text.Value) { Path = Request.Path.Value ?? "/search" });
    }
}

public sealed record SearchPageModel(SearchRequest Request, SearchResults Results, SearchCatalog Catalog, SearchPageText Text)
{
    /// <summary>The page's own path ("/search", "/es/buscar"): its links stay in its language.</summary>
    public string Path { get; init; } = "/search";

    /// <summary>What to try when nothing was found: the page's suggestion, and clearing the filters when there are some.</summary>
    public string NothingFoundAdvice => NothingFoundAdviceIn(s => s);

    /// <summary>The same advice with each piece through <paramref name="t"/> (the page's string localizer).</summary>
    public string NothingFoundAdviceIn(Func<string, string> t)
    {
        var tries = new List<string> { t("other words"), t("fewer words") };
        if (Text.AlsoTry is { } also)
        {
            tries.Add(t(also));
        }

        if (Request.Filters.Count > 0)
        {
            tries.Add(t("clear the filters"));
        }

        return t("Try") + " " + string.Join(", ", tries.Take(tries.Count - 1)) + (tries.Count > 2 ? t(", or ") : t(" or ")) + tries[^1] + ".";
    }

    /// <summary>The same words (and sort) without any filter.</summary>
    public string ClearFiltersUrl => Path + (Results.Query.Length > 0 ? "?q=" + Uri.EscapeDataString(Results.Query) : "");

    /// <summary>This search's URL with some values changed (null removes a key); filters kept unless changed.</summary>
    public string Url(string? q = null, int? page = null, string? sort = null, (string Key, string Value, bool Add)? toggle = null)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var query = q ?? Results.Query;
        if (query.Length > 0)
        {
            pairs.Add(new("q", query));
        }

        foreach (var facet in Catalog.Facets)
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

        if ((sort ?? Request.Sort) is var chosen && chosen != SearchRequest.SortByRelevance)
        {
            pairs.Add(new("sort", chosen));
        }

        if (page is > 1)
        {
            pairs.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Path + (pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }
}
