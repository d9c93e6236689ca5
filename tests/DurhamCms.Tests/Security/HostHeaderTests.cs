using System.Net;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DurhamCms.Tests.Security;

/// <summary>
/// A forged Host header must not reach what other sites and readers keep (sitemap, robots.txt, the
/// Atom feed). With PublicBaseUrl set, only its host is answered and the URLs come from it; without
/// it, only AllowedHosts stands between a forged Host and those URLs.
/// </summary>
public sealed class HostHeaderTests
{
    private static readonly string[] Outward = ["/sitemap.xml", "/robots.txt", "/feeds/status-updates.atom"];

    [Fact]
    public async Task With_a_public_base_url_a_forged_host_is_refused_and_the_real_one_gets_its_urls()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Settings = new Dictionary<string, string?> { ["DurhamCms:PublicBaseUrl"] = "https://plan.example.gov" } });
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://plan.example.gov/") });

        foreach (var url in Outward)
        {
            var (forgedStatus, forgedBody) = await GetAsync(client, url, "evil.example");
            Assert.Equal(HttpStatusCode.BadRequest, forgedStatus);
            Assert.DoesNotContain("evil.example", forgedBody, StringComparison.Ordinal);

            var (status, body) = await GetAsync(client, url, host: null);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        }

        Assert.Contains("Sitemap: https://plan.example.gov/sitemap.xml", (await GetAsync(client, "/robots.txt", null)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_base_url_allowed_hosts_refuses_a_forged_host()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Settings = new Dictionary<string, string?> { ["AllowedHosts"] = "plan.example.gov" } });
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://plan.example.gov/") });

        foreach (var url in Outward)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(client, url, "evil.example")).Status);
        }

        Assert.Contains("Sitemap: http://plan.example.gov/sitemap.xml", (await GetAsync(client, "/robots.txt", null)).Body, StringComparison.Ordinal);
    }

    /// <summary>Documents the remaining exposure (README, "Running in production"): neither setting, and the request's host is believed.</summary>
    [Fact]
    public async Task With_neither_setting_the_request_host_is_used_which_is_why_production_sets_one()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        using var client = site.CreateClient();

        Assert.Contains("Sitemap: http://evil.example/sitemap.xml", (await GetAsync(client, "/robots.txt", "evil.example")).Body, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url, string? host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
