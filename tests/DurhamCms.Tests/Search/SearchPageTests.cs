using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;

namespace DurhamCms.Tests.Search;

/// <summary>The /search page: the dashboard's look, facets as a GET form, "did you mean", safe snippets, paging links.</summary>
[Trait(Category.Name, Category.Slow)]
public sealed class SearchPageTests(SearchPlanFixture plan) : IClassFixture<SearchPlanFixture>
{
    [Fact]
    public async Task The_page_lists_hits_with_highlighted_snippets_in_the_dashboard_layout()
    {
        var html = await plan.Client.GetStringAsync("/search?q=equitable+engagement");

        Assert.Contains("<form class=\"site-search\" role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Search: equitable engagement | Durham Strategic Plan Dashboard</title>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>equitable</mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/initiatives/3-11-", html, StringComparison.Ordinal);
        Assert.Contains("2 results for “equitable engagement”", PlanItems.ReadableText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_are_checkboxes_in_a_get_form_with_counts_and_work_without_javascript()
    {
        var html = await plan.Client.GetStringAsync("/search?q=improve&status=On+Hold");

        Assert.Contains("<form method=\"get\" action=\"/search\">", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"facet-status-\\d+\" name=\"status\" value=\"On Hold\" checked=\"checked\">", html);
        Assert.Matches("<input type=\"checkbox\" id=\"facet-status-\\d+\" name=\"status\" value=\"In Progress\">", html);
        Assert.Contains("<input type=\"hidden\" name=\"q\" value=\"improve\">", html, StringComparison.Ordinal);
        Assert.Contains("Clear filters", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_search_offers_did_you_mean_as_a_link()
    {
        var html = await plan.Client.GetStringAsync("/search?q=preliminary+budgte+request");

        Assert.Contains("Did you mean <a href=\"/search?q=preliminary%20budget%20request\">preliminary budget request</a>?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_results_are_paged_with_links_that_keep_the_query_and_filters()
    {
        var html = await plan.Client.GetStringAsync("/search?q=improve&priority=1");

        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of results\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=improve&amp;priority=1&amp;page=2\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_search_page_explains_what_to_search_for()
    {
        var response = await plan.Client.GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("an initiative number such as 3.11", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_encode_the_text_they_quote()
    {
        await using var site = new TestSite();
        var client = site.CreateClient();
        await site.AddInitiativeAsync(PlanItems.Communities, "3.55", "Safe snippets", "In Progress", "<p>Zebrafish &amp; chips: &lt;script&gt;alert(1)&lt;/script&gt; and more zebrafish.</p>");
        await site.WaitForSearchIndexAsync();

        var snippet = (await client.SearchForAsync("zebrafish")).GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        var html = await client.GetStringAsync("/search?q=zebrafish");

        Assert.Contains("<mark>Zebrafish</mark> &amp; chips: &lt;script&gt;alert(1)&lt;&#x2F;script&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
