using System.Net;
using System.Text.RegularExpressions;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// A browser-like client of a test site: keeps cookies, follows no redirects (tests assert
/// them), and posts forms the way a page does, with the antiforgery token read from the page.
/// </summary>
public sealed partial class SiteClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        }

        return body;
    }

    /// <summary>Opens <paramref name="pageUrl"/>, takes its antiforgery token, and posts the fields to <paramref name="postUrl"/> (the page itself by default).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await GetPageAsync(pageUrl);
        var token = AntiforgeryToken(page) ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        return await PostWithTokenAsync(postUrl ?? pageUrl, fields, token);
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        return Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    public static string? AntiforgeryToken(string page) =>
        TokenPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public static class TestUsers
{
    public const string Password = "Correct-horse-battery-1";

    /// <summary>Creates a user holding the roles (the Durham recipe defines Administrator, Editor and Author).</summary>
    public static Task CreateUserAsync(this TestSite site, string userName, params string[] roles) =>
        site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, Email = $"{userName}@example.test", EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            if (roles.Length > 0)
            {
                Check(await users.AddToRolesAsync(user, roles));
            }
        });

    /// <summary>An Author "alice" and an Editor "erin", the cast of most tests.</summary>
    public static async Task CreateCastAsync(this TestSite site)
    {
        await site.CreateUserAsync("alice", "Author");
        await site.CreateUserAsync("erin", "Editor");
    }

    public static SiteClient Client(this TestSite site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in through the real sign-in form.</summary>
    public static async Task<SiteClient> SignInAsync(this TestSite site, string userName, string password = Password)
    {
        var client = site.Client();
        using var response = await client.PostFormAsync("/login", [new("UserName", userName), new("Password", password)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
