using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using Microsoft.Playwright;

namespace DurhamCms.Tests.AdminList;

[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class AdminListBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_dashboard_and_the_content_list_pass_axe_for_an_editor()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateUserAsync("erin", "Editor");
        await site.AddUpdateAsync("erin", "Erin's draft update");
        var page = await browser.Browser.NewPageAsync();
        await SignInAsync(page, baseUrl, "erin");

        await page.GotoAsync(baseUrl + "/admin");
        Assert.Equal("Erin's draft update", await page.Locator("#my-drafts ~ ul a").First.InnerTextAsync());
        AssertNoViolations(await page.RunAxe(), "/admin");

        await page.GotoAsync(baseUrl + "/admin/contents");
        AssertNoViolations(await page.RunAxe(), "/admin/contents");

        // The whole seeded plan fills more than a page: find 3.11 by its number, as a staffer would.
        await page.GotoAsync(baseUrl + "/admin/contents?q=3.11");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = SeededPlan.Title311 }).IsVisibleAsync());

        await page.GotoAsync(baseUrl + "/admin/contents?type=StatusUpdate&state=draft&sort=title&owner=me");
        Assert.Equal("1 item", await page.Locator("#content-count").InnerTextAsync());
        AssertNoViolations(await page.RunAxe(), "/admin/contents filtered");
        await page.CloseAsync();
    }

    // axe is a script, so it runs in the scripted test above; this one only checks the plain form.
    [Fact]
    public async Task The_content_list_filters_without_javascript()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateUserAsync("alice", "Author");
        await site.AddUpdateAsync("alice", "Alice's on hold update", status: "On Hold");
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await SignInAsync(page, baseUrl, "alice");

        await page.GotoAsync(baseUrl + "/admin/contents");
        await page.GetByLabel("Status").SelectOptionAsync("On Hold");
        await page.GetByLabel("Title contains").FillAsync("on hold");
        // Wait from before the click: without script the form's GET navigates at once, and a wait begun
        // after it can miss the load it is waiting for (seen once in a full run).
        await Task.WhenAll(
            page.WaitForURLAsync("**/admin/contents?**"),
            page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync());

        Assert.Contains("status=On+Hold", page.Url, StringComparison.Ordinal);
        Assert.Equal("1 item", await page.Locator("#content-count").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Alice's on hold update" }).IsVisibleAsync());
    }

    private static async Task SignInAsync(IPage page, string baseUrl, string userName)
    {
        await page.GotoAsync(baseUrl + "/login");
        await page.GetByLabel("User name or email").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/admin");
    }

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult axe, string where) =>
        Assert.True(axe.Violations.Length == 0, where + ":\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
}
