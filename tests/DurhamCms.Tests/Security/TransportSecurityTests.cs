using System.Net;
using DurhamCms.Hosting;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Tests.Security;

/// <summary>Behind a TLS proxy: forwarded headers only from the proxy, HSTS and __Host- cookies when the public address is https.</summary>
public sealed class TransportSecurityTests
{
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task Forwarded_headers_from_an_unconfigured_address_are_ignored()
    {
        await using var site = Site(new Dictionary<string, string?>());

        var robots = await ForgedRobotsAsync(site);

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_are_believed()
    {
        await using var site = Site(new Dictionary<string, string?> { ["DurhamCms:ForwardedHeaders:KnownProxies:0"] = Client });

        var robots = await ForgedRobotsAsync(site);

        Assert.Contains("Sitemap: https://evil.example/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_network_is_trusted_too_and_a_bad_one_stops_the_start_naming_the_setting()
    {
        await using var site = Site(new Dictionary<string, string?> { ["DurhamCms:ForwardedHeaders:KnownNetworks:0"] = "203.0.113.0/24" });
        Assert.Contains("https://evil.example/", await ForgedRobotsAsync(site), StringComparison.Ordinal);

        await using var bad = Site(new Dictionary<string, string?> { ["DurhamCms:ForwardedHeaders:KnownNetworks:0"] = "the proxy" });
        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());
        Assert.Contains("DurhamCms:ForwardedHeaders:KnownNetworks", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_https_public_address_brings_hsts_and_host_prefixed_secure_cookies()
    {
        await using var site = Site(new Dictionary<string, string?> { ["DurhamCms:PublicBaseUrl"] = "https://plan.example.gov" });
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://plan.example.gov/"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains(TransportSecurityExtensions.AntiforgeryCookie, StringComparison.Ordinal));
        Assert.StartsWith("__Host-", antiforgery, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", antiforgery, StringComparison.OrdinalIgnoreCase);

        var signIn = site.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal("__Host-" + TransportSecurityExtensions.SignInCookie, signIn.Cookie.Name);
        Assert.Equal(CookieSecurePolicy.Always, signIn.Cookie.SecurePolicy);
        Assert.Equal("/", signIn.Cookie.Path);
    }

    [Fact]
    public async Task Without_an_https_public_address_there_is_no_hsts_and_no_prefix()
    {
        await using var site = Site(new Dictionary<string, string?>());
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var signIn = site.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TransportSecurityExtensions.SignInCookie, signIn.Cookie.Name);
    }

    private static async Task<string> ForgedRobotsAsync(TestSite site)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Add("X-Forwarded-For", "198.51.100.1");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A site whose every request arrives from <see cref="Client"/>, as from a proxy on the network.</summary>
    private static TestSite Site(Dictionary<string, string?> settings) => new(new TestSiteOptions
    {
        SkipDurhamRecipe = true,
        Settings = settings,
        Services = s => s.AddSingleton<IStartupFilter, FromClientAddress>(),
    });

    private sealed class FromClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Client);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
