using System.Diagnostics;
using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using DurhamCms.Users.Controllers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Security;

/// <summary>The sign-in form tells an attacker nothing: same words and same time for every failure.</summary>
public sealed class SignInSecurityTests : IAsyncLifetime
{
    // The throttle would hold back the timing series' many failures: these tests are about what a failure looks like.
    private readonly TestSite _site = new(settings: new Dictionary<string, string?>
    {
        ["DurhamCms:SignIn:FreeFailures"] = "1000",
        ["DurhamCms:SignIn:AddressAttempts"] = "1000",
    });

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("dora", "Author");
        await _site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var dora = (await users.FindByNameAsync("dora"))!;
            dora.IsEnabled = false;
            await users.UpdateAsync(dora);
        });
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Unknown_user_wrong_password_and_disabled_account_get_the_same_page()
    {
        var unknown = await FailedSignInPageAsync("nobody-here", TestUsers.Password);
        var wrong = await FailedSignInPageAsync("alice", "Not-the-password-1");
        var disabled = await FailedSignInPageAsync("dora", TestUsers.Password);

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, disabled);
        Assert.Contains(AccountController.SignInFailedMessage, unknown, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task An_unknown_name_takes_as_long_as_a_wrong_password()
    {
        using var client = _site.Client();
        await TimeSignInAsync(client, "alice", "Warm-up-password-1"); // JIT and the first hash out of the figures
        await TimeSignInAsync(client, "nobody-here", "Warm-up-password-1");

        // Interleaved, so that a burst of load on the machine hits both series alike.
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            unknown.Add(await TimeSignInAsync(client, $"nobody-{i}", "Not-the-password-1"));
            wrong.Add(await TimeSignInAsync(client, "alice", "Not-the-password-1"));
        }

        var (unknownMedian, wrongMedian) = (Median(unknown), Median(wrong));
        Console.WriteLine($"sign-in timing medians: unknown user {unknownMedian:F1} ms, wrong password {wrongMedian:F1} ms");
        Assert.True(unknownMedian >= 0.5 * wrongMedian,
            $"An unknown name answered in {unknownMedian:F1} ms, a wrong password in {wrongMedian:F1} ms: the timing tells which names exist.");
    }

    private async Task<string> FailedSignInPageAsync(string userName, string password)
    {
        using var client = _site.Client();
        using var real = await client.PostFormAsync("/login", [new("UserName", userName), new("Password", password)]);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        var page = await real.Content.ReadAsStringAsync();
        // The form echoes the name typed and carries a fresh antiforgery token: neither is a difference.
        return TokenValue().Replace(page.Replace($"value=\"{userName}\"", "value=\"?\"", StringComparison.Ordinal), "");
    }

    private static async Task<double> TimeSignInAsync(SiteClient client, string userName, string password)
    {
        var page = await client.GetPageAsync("/login");
        var token = SiteClient.AntiforgeryToken(page);
        var watch = Stopwatch.StartNew();
        using var response = await client.PostWithTokenAsync("/login", [new("UserName", userName), new("Password", password)], token);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static System.Text.RegularExpressions.Regex TokenValue() =>
        new("name=\"__RequestVerificationToken\"[^>]*value=\"[^\"]+\"|value=\"[^\"]+\"[^>]*name=\"__RequestVerificationToken\"");
}

/// <summary>Signing out ends the session on the server, not only in the browser.</summary>
public sealed class SignOutTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public Task InitializeAsync() => _site.CreateUserAsync("alice", "Author");

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_sign_out_is_refused_after_it()
    {
        using var browser = new CookieJarClient(_site);
        var token = SiteClient.AntiforgeryToken(await browser.GetStringAsync("/login"));
        using var signedIn = await browser.PostAsync("/login", [new("UserName", "alice"), new("Password", TestUsers.Password), new("__RequestVerificationToken", token!)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var copied = browser.CookieHeader;

        token = SiteClient.AntiforgeryToken(await browser.GetStringAsync("/admin"));
        using var signedOut = await browser.PostAsync("/logout", [new("__RequestVerificationToken", token!)]);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = new CookieJarClient(_site, copied);
        using var response = await replay.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

/// <summary>A client whose cookies the test can read and copy, as an attacker copies a stolen cookie.</summary>
internal sealed class CookieJarClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _jar = new();

    public CookieJarClient(TestSite site, string? cookieHeader = null)
    {
        _http = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var cookie in (cookieHeader ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            _jar.SetCookies(_http.BaseAddress!, cookie);
        }
    }

    public string CookieHeader => _jar.GetCookieHeader(_http.BaseAddress!);

    public async Task<string> GetStringAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (CookieHeader is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await _http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    _jar.SetCookies(_http.BaseAddress!, cookie);
                }
            }

            return response;
        }
    }

    public void Dispose() => _http.Dispose();
}
