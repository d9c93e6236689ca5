using System.Net;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Tests.Security;

/// <summary>Every response tells the browser what the page may do: no script on public pages, no framing anywhere.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly TestSite _site = new(new TestSiteOptions { SkipDurhamRecipe = true });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/no-such-page")]
    [InlineData("/robots.txt")]
    public async Task A_public_response_carries_the_headers_and_allows_no_script(string url)
    {
        using var client = _site.Client();
        using var response = await client.GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        AssertCommonHeaders(response, csp);
    }

    [Fact]
    public async Task An_admin_page_runs_only_the_sites_own_scripts_or_this_requests_nonce()
    {
        using var client = await _site.SignInAsync("admin", TestSite.AdminPassword);
        using var first = await client.GetAsync("/admin");
        using var second = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var csp = Header(first, "Content-Security-Policy");
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", csp);
        Assert.DoesNotContain("unsafe-inline' 'nonce", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe", csp, StringComparison.Ordinal);
        Assert.NotEqual(csp, Header(second, "Content-Security-Policy"));
        AssertCommonHeaders(first, csp);
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        Assert.False(_site.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private static void AssertCommonHeaders(HttpResponseMessage response, string csp)
    {
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}).");
}
