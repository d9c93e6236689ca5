using System.Net;
using DurhamCms.Search.Indexing;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Search;

/// <summary>/admin/search: each profile's state on this node, rebuild and reset, for holders of ManageIndexes only.</summary>
public sealed class SearchAdminTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        _site.CreateClient().Dispose();
        await _site.CreateUserAsync("alice", "Author");
        await _site.WaitForSearchIndexAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task The_page_shows_each_profile_with_its_documents_pending_tasks_and_last_indexed_time()
    {
        using var admin = await _site.SignInAsync("admin", "Test-admin-password-1");

        var page = await admin.GetPageAsync("/admin/search");

        Assert.Contains("<th scope=\"row\">Search</th>", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{await _site.PublishedPlanItemsAsync()}</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>0</td>", page, StringComparison.Ordinal);
        // Times on Durham's clock with the zone named, as on the other admin pages: the last index and the node's last report.
        Assert.DoesNotContain("(UTC)", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Last indexed</th>", page, StringComparison.Ordinal);
        Assert.Matches(@"<td><time datetime=""\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00"">\d{4}-\d{2}-\d{2} \d{2}:\d{2} E[SD]T</time></td>", page);
        Assert.DoesNotMatch(@"<td>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}</td>", page);
        Assert.Contains("href=\"/admin/search\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_asks_every_node_to_rebuild_and_the_node_does()
    {
        using var admin = await _site.SignInAsync("admin", "Test-admin-password-1");
        var before = _site.Services.GetRequiredService<LuceneIndexes>().Find("Search")!.Cursor.RebuildToken;

        using var response = await admin.PostFormAsync("/admin/search", [new("name", "Search")], "/admin/search/rebuild");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/search?done=rebuild&profile=Search", response.Headers.Location?.OriginalString);
        Assert.Contains("Every node will rebuild “Search”", DurhamCms.Tests.StrategicPlan.Pages.PlanItems.ReadableText(await admin.GetPageAsync(response.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        await Polling.EventuallyAsync(() => Task.FromResult(_site.Services.GetRequiredService<LuceneIndexes>().Find("Search")!.Cursor.RebuildToken != before), TimeSpan.FromSeconds(10), "the rebuild");
        Assert.Equal(await _site.PublishedPlanItemsAsync(), _site.SearchDocumentCount());
    }

    [Fact]
    public async Task Reset_and_rebuild_refuse_an_unknown_profile_and_a_post_without_its_antiforgery_token()
    {
        using var admin = await _site.SignInAsync("admin", "Test-admin-password-1");

        using var unknown = await admin.PostFormAsync("/admin/search", [new("name", "Nope")], "/admin/search/reset");
        using var forged = await admin.PostWithTokenAsync("/admin/search/rebuild", [new("name", "Search")], token: null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Without_ManageIndexes_the_page_and_its_buttons_are_refused()
    {
        using var anonymous = _site.Client();
        using var author = await _site.SignInAsync("alice");
        var token = SiteClient.AntiforgeryToken(await author.GetPageAsync("/admin"));

        using var anonymousGet = await anonymous.GetAsync("/admin/search");
        using var authorGet = await author.GetAsync("/admin/search");
        using var authorRebuild = await author.PostWithTokenAsync("/admin/search/rebuild", [new("name", "Search")], token);
        using var authorReset = await author.PostWithTokenAsync("/admin/search/reset", [new("name", "Search")], token);

        Assert.Equal(HttpStatusCode.Redirect, anonymousGet.StatusCode);
        Assert.Contains("/login", anonymousGet.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.All(new[] { authorGet, authorRebuild, authorReset }, r => Assert.Contains("/access-denied", r.Headers.Location?.OriginalString, StringComparison.Ordinal));
        Assert.DoesNotContain("href=\"/admin/search\"", await author.GetPageAsync("/admin"), StringComparison.Ordinal);
    }
}
