using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Observability;

public sealed class PrometheusScrapeTests
{
    private static readonly Dictionary<string, string?> Telemetry = new()
    {
        ["DurhamCms:Telemetry:Enabled"] = "true",
        ["DurhamCms:Telemetry:Prometheus"] = "true",
    };

    [Fact]
    public async Task The_scrape_is_for_administrators_and_carries_the_cms_own_metrics()
    {
        await using var site = new TestSite(new TestSiteOptions { Settings = Telemetry });
        await site.CreateUserAsync("erin", "Editor");
        using var anonymous = site.Client();
        // Twice anonymously: a miss that stores the home page, then a hit.
        (await anonymous.GetAsync("/")).Dispose();
        (await anonymous.GetAsync("/")).Dispose();

        using var refused = await anonymous.GetAsync("/metrics");
        using var editor = await site.SignInAsync("erin");
        using var editorRefused = await editor.GetAsync("/metrics");
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        using var scrape = await admin.GetAsync("/metrics");
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found });
        Assert.Contains(editorRefused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found });
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains("durhamcms_outbox_backlog", text, StringComparison.Ordinal);
        Assert.Contains("durhamcms_search_indexing_lag", text, StringComparison.Ordinal);
        Assert.Contains("durhamcms_page_cache_requests", text, StringComparison.Ordinal);
        Assert.Contains("result=\"hit\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_settings_there_is_no_scrape()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);

        using var scrape = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, scrape.StatusCode);
    }
}
