using Deque.AxeCore.Playwright;
using DurhamCms.AuditTrail;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DurhamCms.Tests.History.HistorySite;

namespace DurhamCms.Tests.History;

/// <summary>The diff, versions and audit pages in Chromium: keyboard- and screen-reader-usable, and axe finds nothing.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class HistoryBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_compares_two_versions_from_the_versions_page_and_axe_finds_no_violations_on_either_page()
    {
        await using var site = new TestSite();
        var baseUrl = await StartAsync(site);
        await site.DraftDescriptionAsync("<p>This effort is to <em>rebuild</em> the City’s engagement practices.</p>");
        var page = await SignInAsync(baseUrl, "erin");

        await page.GotoAsync($"{baseUrl}/admin/contents/{Initiative311}/versions");
        await AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the chosen versions" }).ClickAsync();
        await page.WaitForURLAsync("**/diff?**");
        await AssertNoViolationsAsync(page);

        Assert.StartsWith("Changes in", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".diff-field ins").CountAsync() > 0);
        Assert.Contains("[added: ", await page.Locator(".diff-field ins").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_audit_page_filters_without_javascript_and_axe_finds_no_violations()
    {
        await using var site = new TestSite();
        var baseUrl = await StartAsync(site);
        await site.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(AuditCategories.Content, "Submitted")
        {
            UserName = "alice", ContentItemId = Initiative311, ContentType = "Initiative", DisplayText = "Initiative 3.11", Comment = "Ready for review.",
        }));
        var page = await SignInAsync(baseUrl, "erin", javaScript: false);

        await page.GotoAsync($"{baseUrl}/admin/audit");
        await AssertNoViolationsAsync(page, javaScriptOff: true);
        await page.GetByLabel("Event").SelectOptionAsync("Submitted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/audit?**");

        Assert.Contains("event=Submitted", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        Assert.Contains("Ready for review.", await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    /// <summary>Kestrel first (the server cannot change once a test has used the site), then the users.</summary>
    private static async Task<string> StartAsync(TestSite site)
    {
        var baseUrl = site.StartOnKestrel();
        await site.CreateUserAsync("alice", "Author");
        await site.CreateUserAsync("erin", "Editor");
        return baseUrl;
    }

    private async Task<IPage> SignInAsync(string baseUrl, string userName, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin**");
        return page;
    }

    // axe runs as a script: with JavaScript off in the page, it is run in a second, scripted page on the same HTML.
    private async Task AssertNoViolationsAsync(IPage page, bool javaScriptOff = false)
    {
        var target = page;
        if (javaScriptOff)
        {
            target = await page.Context.Browser!.NewPageAsync();
            await target.SetContentAsync(await page.ContentAsync());
        }

        var axe = await target.RunAxe();
        if (javaScriptOff)
        {
            await target.CloseAsync();
        }

        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
