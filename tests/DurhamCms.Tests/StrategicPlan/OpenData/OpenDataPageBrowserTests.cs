using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class OpenDataPageBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 667)]
    public async Task The_open_data_page_lists_the_endpoints_and_axe_finds_no_violations(int width, int height)
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

        var response = await page.GotoAsync(baseUrl + "/open-data");
        var axe = await page.RunAxe();

        Assert.Equal(200, response!.Status);
        Assert.Equal("Open data and feeds", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        foreach (var href in new[] { "/api/plan.json", "/feeds/status-updates.atom", "/sitemap.xml" })
        {
            Assert.Equal(1, await page.Locator($"main a[href='{href}']").CountAsync());
        }

        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        await page.CloseAsync();
    }
}
