using System.Xml.Linq;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_published_routed_items_only_with_absolute_urls_and_dates()
    {
        await using var site = new TestSite();
        await site.InitiativeAsync("3.81", "Test published initiative");
        await site.InitiativeAsync("3.82", "Test draft initiative", publish: false);
        var client = site.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;
        var urls = xml.Elements(Sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Equal(Sitemap + "urlset", xml.Name);
        Assert.Contains("http://localhost/initiatives/3-81-test-published-initiative", locs);
        Assert.Contains("http://localhost/priorities/connected-engaged-and-inclusive-communities", locs);
        Assert.DoesNotContain(locs, l => l.Contains("3-82", StringComparison.Ordinal));
        Assert.All(locs, l => Assert.True(Uri.TryCreate(l, UriKind.Absolute, out _), l));
        // The home pages ("/", "/es") are the only pages without a date of their own.
        Assert.All(urls.Where(u => u.Element(Sitemap + "loc")!.Value is not ("http://localhost/" or "http://localhost/es")), u => Assert.NotNull(u.Element(Sitemap + "lastmod")));
    }

    [Fact]
    public async Task A_configured_public_base_url_is_used_and_robots_points_at_the_sitemap()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?> { ["DurhamCms:PublicBaseUrl"] = "https://plan.example.org/" });
        // The public host: AllowedHosts defaults to it, so any other Host header is refused.
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://plan.example.org/") });

        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.All(xml.Elements(Sitemap + "url"), u => Assert.StartsWith("https://plan.example.org/", u.Element(Sitemap + "loc")!.Value, StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://plan.example.org/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
    }
}
