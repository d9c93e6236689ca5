using System.Net;
using DurhamCms.Tests.AdminList;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Workspace;

/// <summary>No admin page shows Razor source as text (the header once read "Notifications@if (unread > 0) { 0 }").</summary>
public sealed class AdminTemplateLeakTests
{
    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task No_admin_page_reachable_from_the_menu_shows_razor_code_to_an_administrator()
    {
        await using var site = new TestSite();
        await site.CreateUserAsync("alice", "Author");
        await site.AddUpdateAsync("alice", "Alice's update");
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);

        var pages = await AdminCrawl.PagesAsync(async url =>
        {
            using var response = await admin.GetAsync(url);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
        });

        Assert.True(pages.Count >= 10, "The crawl reached only " + string.Join(", ", pages.Select(p => p.Url)));
        var leaks = pages
            .Select(p => (p.Url, Text: AdminCrawl.Text(p.Html)))
            .Where(p => p.Text.Contains("@if", StringComparison.Ordinal) || p.Text.Contains("@{", StringComparison.Ordinal))
            .Select(p => p.Url)
            .ToList();
        Assert.True(leaks.Count == 0, "Razor code shows on " + string.Join(", ", leaks));
    }
}
