using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class HomePageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_home_page_opens_in_chromium_and_axe_finds_no_violations()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync();

        var response = await page.GotoAsync(baseUrl + "/");
        var axe = await page.RunAxe();

        Assert.Equal(200, response!.Status);
        Assert.Equal("Connected, Engaged, and Inclusive Communities", await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Connected, Engaged, and Inclusive Communities" }).InnerTextAsync());
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_moves_focus_to_the_main_content()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.CloseAsync();
    }
}
