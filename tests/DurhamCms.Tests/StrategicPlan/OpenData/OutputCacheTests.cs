using System.Net.Http.Headers;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

/// <summary>
/// A cached page is proved by changing the stored document behind the content manager's back:
/// the page stays as it was. A publish through the content manager then shows at once.
/// </summary>
public sealed class OutputCacheTests
{
    private const string Path = "/initiatives/3-71-test-cached-initiative";

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_public_page_is_served_from_cache_until_a_publish_evicts_it(string database)
    {
        await using var site = new TestSite(database);
        var initiative = await CachedInitiativeAsync(site);
        var client = site.CreateClient();

        Assert.Contains("Alpha marker", await client.GetStringAsync(Path), StringComparison.Ordinal);
        await ReplaceBehindTheContentManagerAsync(site, initiative.ContentItemId, "Alpha marker", "Bravo marker");
        var cached = await client.GetStringAsync(Path);
        await PublishDescriptionAsync(site, initiative.ContentItemId, "<p>Charlie marker</p>");
        var afterPublish = await client.GetStringAsync(Path);

        Assert.Contains("Alpha marker", cached, StringComparison.Ordinal);
        Assert.Contains("Charlie marker", afterPublish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_json_is_cached_and_evicted_by_a_publish_too()
    {
        await using var site = new TestSite();
        var initiative = await CachedInitiativeAsync(site);
        var client = site.CreateClient();

        Assert.Contains("Alpha marker", await client.GetStringAsync("/api/plan.json"), StringComparison.Ordinal);
        await ReplaceBehindTheContentManagerAsync(site, initiative.ContentItemId, "Alpha marker", "Bravo marker");
        var cached = await client.GetStringAsync("/api/plan.json");
        await PublishDescriptionAsync(site, initiative.ContentItemId, "<p>Charlie marker</p>");
        var afterPublish = await client.GetStringAsync("/api/plan.json");

        Assert.Contains("Alpha marker", cached, StringComparison.Ordinal);
        Assert.Contains("Charlie marker", afterPublish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_request_is_never_served_from_cache()
    {
        await using var site = new TestSite();
        var initiative = await CachedInitiativeAsync(site);
        var client = site.CreateClient();
        await client.GetStringAsync(Path);
        await ReplaceBehindTheContentManagerAsync(site, initiative.ContentItemId, "Alpha marker", "Bravo marker");

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, Path);
        withCookie.Headers.Add("Cookie", ".AspNetCore.Identity.Application=some-ticket");
        using var withToken = new HttpRequestMessage(HttpMethod.Get, Path);
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "some-token");
        var cookieResponse = await (await client.SendAsync(withCookie)).Content.ReadAsStringAsync();
        var tokenResponse = await (await client.SendAsync(withToken)).Content.ReadAsStringAsync();
        var anonymous = await client.GetStringAsync(Path);

        Assert.Contains("Bravo marker", cookieResponse, StringComparison.Ordinal);
        Assert.Contains("Bravo marker", tokenResponse, StringComparison.Ordinal);
        Assert.Contains("Alpha marker", anonymous, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/open-data")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/status-updates.atom")]
    public async Task Pages_and_feeds_other_modules_own_are_cached_as_well(string path)
    {
        await using var site = new TestSite();
        var client = site.CreateClient();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        // The output cache marks a response it served from its store with an Age header.
        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task Only_the_query_keys_a_page_reads_make_a_new_cache_entry()
    {
        const string Priority = "/priorities/connected-engaged-and-inclusive-communities";
        await using var site = new TestSite();
        var client = site.CreateClient();

        var first = await client.GetAsync(Priority + "?r=1");
        var otherNoise = await client.GetAsync(Priority + "?r=2");
        var noQuery = await client.GetAsync(Priority);
        var secondPage = await client.GetAsync(Priority + "?page=2");
        var filtered = await client.GetAsync(Priority + "?status=Complete&r=3");
        var filteredAgain = await client.GetAsync(Priority + "?r=4&status=Complete");

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(otherNoise.Headers.Age);
        Assert.NotNull(noQuery.Headers.Age);
        Assert.Null(secondPage.Headers.Age);
        Assert.Null(filtered.Headers.Age);
        Assert.NotNull(filteredAgain.Headers.Age);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/search?q=test")]
    [InlineData("/admin")]
    public async Task Private_and_live_paths_are_not_cached(string path)
    {
        await using var site = new TestSite();
        var client = site.CreateClient();

        await client.GetAsync(path);
        var second = await client.GetAsync(path);

        Assert.Null(second.Headers.Age);
    }

    private static Task<ContentItem> CachedInitiativeAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var initiative = await site.InitiativeAsync("3.71", "Test cached initiative");
        var contentManager = sp.GetRequiredService<IContentManager>();
        var draft = (await contentManager.GetAsync(initiative.ContentItemId, VersionOptions.DraftRequired))!;
        draft.GetOrCreatePartJson(Initiative.Type)[Initiative.Description] = new System.Text.Json.Nodes.JsonObject { ["Html"] = "<p>Alpha marker</p>" };
        Assert.True((await contentManager.UpdateAsync(draft)).Succeeded);
        await contentManager.PublishAsync(draft);
        return initiative;
    });

    internal static Task ReplaceBehindTheContentManagerAsync(TestSite site, string contentItemId, string from, string to) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DurhamDbContext>();
        var row = await db.ContentItems.SingleAsync(r => r.ContentItemId == contentItemId && r.Published);
        row.Content = row.Content.Replace(from, to, StringComparison.Ordinal);
        await db.SaveChangesAsync();
    });

    internal static Task PublishDescriptionAsync(TestSite site, string contentItemId, string html) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        var draft = (await contentManager.GetAsync(contentItemId, VersionOptions.DraftRequired))!;
        draft.GetOrCreatePartJson(Initiative.Type)[Initiative.Description] = new System.Text.Json.Nodes.JsonObject { ["Html"] = html };
        Assert.True((await contentManager.UpdateAsync(draft)).Succeeded);
        await contentManager.PublishAsync(draft);
    });
}
