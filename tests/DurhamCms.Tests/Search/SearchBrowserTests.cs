using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Search;

[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class SearchBrowserTests(BrowserFixture browser)
{
    // The DOM is enough to read the page; waiting for "load" as well once timed out on a busy machine.
    private static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task A_resident_searches_from_the_home_page_narrows_by_status_sees_a_highlight_and_reaches_the_initiative()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.AddInitiativeAsync(PlanItems.Communities, "3.56", "Neighborhood engagement ambassadors", "On Hold", "<p>Recruiting engagement ambassadors on every block.</p>");
        await site.WaitForSearchIndexAsync();
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(baseUrl + "/");
        var header = page.GetByRole(AriaRole.Search, new() { Name = "Site search" });
        await header.GetByLabel("Search the plan").FillAsync("engagement");
        await header.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=engagement", DomReady);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "On Hold (1)" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=engagement&status=On+Hold", DomReady);
        Assert.Equal("1 result for “engagement” with your filters", (await page.Locator("#results-heading").InnerTextAsync()).Trim());
        Assert.Equal("engagement", await page.Locator(".hit mark").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Neighborhood engagement ambassadors" }).ClickAsync();
        await page.WaitForURLAsync("**/initiatives/3-56-**", DomReady);
        Assert.Contains("Neighborhood engagement ambassadors", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_search_page_with_results_filters_a_suggestion_or_a_message()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.WaitForSearchIndexAsync();
        var page = await browser.Browser.NewPageAsync();

        foreach (var path in new[] { "/search?q=engagement", "/search?q=equitible+engagment&status=In+Progress", "/search?q=*", "/search" })
        {
            var response = await page.GotoAsync(baseUrl + path);
            var axe = await page.RunAxe();

            Assert.Equal(200, response!.Status);
            Assert.True(axe.Violations.Length == 0, path + "\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        }

        await page.CloseAsync();
    }
}
