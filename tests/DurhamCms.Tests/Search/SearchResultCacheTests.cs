using DurhamCms.Search.Querying;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Search;

/// <summary>
/// A search repeated on the same index snapshot is answered from the first one's results; a
/// publish (a new snapshot) or a request saying <c>Cache-Control: no-cache</c> runs it again, and
/// nothing that tells one page of results from another (page, filters, language) is shared.
/// </summary>
public sealed class SearchResultCacheTests
{
    [Fact]
    public async Task A_repeated_search_is_answered_from_the_snapshots_results_until_a_publish_changes_it()
    {
        await using var site = new TestSite();
        await site.WaitForSearchIndexAsync();
        var search = site.Services.GetRequiredService<SearchService>();
        var wombats = new SearchRequest { Q = "wombat census" };

        var first = search.Search(wombats);
        Assert.Same(first, search.Search(wombats));
        Assert.Same(first, search.Search(new SearchRequest { Q = "  wombat   census " }));

        var fresh = search.Search(wombats with { Fresh = true });
        Assert.NotSame(first, fresh);
        Assert.Equal(first.Total, fresh.Total);
        Assert.Empty(first.Hits);

        var (id, _) = await site.AddInitiativeAsync(PlanItems.Communities, "3.52", "Wombat census of neighborhoods", "In Progress", "<p>Counting wombats.</p>");
        await site.WaitForSearchIndexAsync();

        Assert.Equal(id, Assert.Single(search.Search(wombats).Hits).Id);
    }

    [Fact]
    public async Task Pages_filters_and_languages_of_one_query_are_each_their_own_results()
    {
        await using var site = new TestSite();
        await site.WaitForSearchIndexAsync();
        var search = site.Services.GetRequiredService<SearchService>();
        // Everything under priority 3 (its initiatives, measures and updates): more than one page.
        var all = new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["priority"] = ["3"] }, Language = "en" };

        var everything = search.Search(all);
        var second = search.Search(all with { Page = 2 });
        var initiatives = search.Search(all with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["priority"] = ["3"], ["type"] = ["Initiative"] } });
        var spanish = search.Search(all with { Language = "es" });

        Assert.True(everything.PageCount >= 2, $"priority 3 should fill two pages, found {everything.Total}");
        Assert.Equal(2, second.Page);
        Assert.Empty(second.Hits.Select(h => h.Id).Intersect(everything.Hits.Select(h => h.Id)));
        Assert.All(initiatives.Hits, h => Assert.Equal("Initiative", h.Type));
        Assert.True(initiatives.Total < everything.Total);
        Assert.Equal(search.Search(all with { Language = "es", Fresh = true }).Total, spanish.Total);
        Assert.NotEqual(everything.Total, spanish.Total);
    }

    [Fact]
    public void A_request_asking_for_no_cache_is_searched_afresh()
    {
        var catalog = new DurhamCms.Search.Contributors.SearchCatalog([]);
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString("?q=housing");

        Assert.False(SearchRequest.From(http.Request, catalog).Fresh);
        http.Request.Headers.CacheControl = "no-cache";
        var request = SearchRequest.From(http.Request, catalog);
        Assert.True(request.Fresh);
        Assert.Equal("housing", request.Q);
    }
}
