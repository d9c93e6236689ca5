using System.Net;
using System.Text.RegularExpressions;
using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.AdminList;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Security;

/// <summary>
/// Every admin endpoint, found in the app's endpoint data source (so a new one cannot escape),
/// against anonymous, a user without a role, an Author, an Editor and an Administrator; and every
/// POST endpoint against a request without an antiforgery token.
/// </summary>
public sealed partial class AdminEndpointMatrixTests : IAsyncLifetime
{
    private const string AdminPassword = "Test-admin-password-1";

    /// <summary>
    /// Who may reach each admin endpoint ("METHOD /route"). Administrators reach every one. The
    /// Author is asked about an item someone else owns, so item pages need more than an Author.
    /// A new admin endpoint fails <see cref="Every_admin_endpoint_is_in_the_expectations_table"/> until it is added here.
    /// </summary>
    private static readonly Dictionary<string, (bool Author, bool Editor)> Expectations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /admin"] = (true, true),
        ["GET /admin/contents"] = (true, true),
        ["GET /admin/contents/create/{type}"] = (true, true),
        ["POST /admin/contents/create/{type}"] = (true, true),
        ["GET /admin/contents/{id}/edit"] = (false, true),
        ["POST /admin/contents/{id}/edit"] = (false, true),
        ["POST /admin/contents/{id}/autosave"] = (false, true),
        ["POST /admin/contents/{id}/publish"] = (false, true),
        ["POST /admin/contents/{id}/unpublish"] = (false, true),
        ["POST /admin/contents/{id}/delete"] = (false, true),
        ["GET /admin/contents/{id}/preview"] = (false, true),
        ["GET /admin/contents/{id}/versions"] = (false, true),
        ["GET /admin/contents/{id}/diff"] = (false, true),
        ["POST /admin/contents/{id}/versions/{versionId}/restore"] = (false, true),
        ["POST /admin/contents/{id}/transition"] = (false, true),
        ["GET /admin/content-picker"] = (true, true),
        ["GET /admin/assets/editors.js"] = (true, true),
        ["GET /admin/assets/measure-series.js"] = (true, true),
        ["GET /admin/assets/admin-menu.js"] = (true, true),
        ["GET /admin/assets/autosave.js"] = (true, true),
        ["GET /admin/review"] = (false, true),
        ["GET /admin/notifications"] = (true, true),
        ["POST /admin/notifications/read"] = (true, true),
        ["GET /admin/audit"] = (false, true),
        ["GET /admin/media"] = (true, true),
        ["GET /admin/media/picker"] = (true, true),
        ["POST /admin/media/upload"] = (true, true),
        ["POST /admin/media/move"] = (true, true),
        ["POST /admin/media/delete"] = (true, true),
        ["GET /admin/subscriptions"] = (false, false),
        ["POST /admin/subscriptions/delete"] = (false, false),
        ["GET /admin/reporting/owners"] = (false, true),
        ["POST /admin/reporting/owners"] = (false, true),
        ["GET /admin/reporting/enter"] = (true, true),
        ["GET /admin/reporting/enter/{id}"] = (false, true),
        ["POST /admin/reporting/enter"] = (true, true),
        ["POST /admin/reporting/unlock/{id}"] = (false, true),
        ["GET /admin/reporting/compliance"] = (false, true),
        ["POST /admin/localization/translate/{id}"] = (false, true),
        ["GET /admin/localization/report"] = (true, true),
        ["GET /admin/account/password"] = (true, true),
        ["POST /admin/account/password"] = (true, true),
        ["GET /admin/search"] = (false, false),
        ["POST /admin/search/rebuild"] = (false, false),
        ["POST /admin/search/reset"] = (false, false),
        ["GET /admin/users"] = (false, false),
        ["GET /admin/users/create"] = (false, false),
        ["POST /admin/users/create"] = (false, false),
        ["GET /admin/users/{id}/edit"] = (false, false),
        ["POST /admin/users/{id}/edit"] = (false, false),
        ["POST /admin/users/{id}/disable"] = (false, false),
        ["POST /admin/users/{id}/enable"] = (false, false),
        ["GET /admin/users/{id}/password"] = (false, false),
        ["POST /admin/users/{id}/password"] = (false, false),
        ["GET /admin/queries"] = (false, false),
        ["GET /admin/queries/run"] = (false, false),
        ["GET /admin/queries/edit"] = (false, false),
        ["POST /admin/queries/edit"] = (false, false),
        ["POST /admin/queries/delete"] = (false, false),
        ["GET /admin/templates"] = (false, false),
        ["GET /admin/templates/edit"] = (false, false),
        ["POST /admin/templates/edit"] = (false, false),
        ["POST /admin/templates/delete"] = (false, false),
        ["GET /admin/admin-menus"] = (false, false),
        ["GET /admin/user-picker"] = (true, true),
    };

    /// <summary>What a POST sends besides the token, where an empty form would not reach the check.</summary>
    private static readonly Dictionary<string, KeyValuePair<string, string>[]> Forms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST /admin/contents/{id}/transition"] = [new("transition", "Approve")],
        ["POST /admin/search/rebuild"] = [new("name", "search")],
        ["POST /admin/search/reset"] = [new("name", "search")],
        ["POST /admin/users/{id}/edit"] = [new("Email", "changed@example.test"), new("Roles", "Administrator")],
        ["POST /admin/users/{id}/password"] = [new("NewPassword", "Taken-over-password-9"), new("ConfirmPassword", "Taken-over-password-9")],
        ["POST /admin/users/create"] = [new("UserName", "mallory"), new("Email", "m@example.test"), new("Password", "Taken-over-password-9"), new("ConfirmPassword", "Taken-over-password-9"), new("Roles", "Administrator")],
    };

    private readonly TestSite _site = new();
    private string _victimId = "";

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
        await _site.CreateUserAsync("nobody");
        await _site.CreateUserAsync("victim", "Author");
        _victimId = await _site.UserIdAsync("victim");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public void Every_admin_endpoint_is_in_the_expectations_table_and_the_table_has_no_stale_rows()
    {
        var found = AdminEndpoints().Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = found.Where(k => !Expectations.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var stale = Expectations.Keys.Where(k => !found.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Admin endpoints missing from the expectations table (add each with who may reach it):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Rows of the expectations table no endpoint answers (renamed or removed?):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Every_admin_endpoint_carries_the_admin_policy_and_none_allows_anonymous()
    {
        var bad = AdminEndpoints()
            .Where(e => !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AdminAttribute.PolicyName)
                || e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Key)
            .ToList();
        Assert.True(bad.Count == 0, "Admin endpoints without [Admin] (or with AllowAnonymous):\n" + string.Join("\n", bad));
    }

    [Fact]
    public async Task Anonymous_requests_to_every_admin_endpoint_are_sent_to_sign_in()
    {
        using var anonymous = _site.Client();
        var token = SiteClient.AntiforgeryToken(await anonymous.GetPageAsync("/login"));
        var failures = new List<string>();
        foreach (var endpoint in AdminEndpoints())
        {
            var target = await TargetAsync();
            using var response = await SendAsync(anonymous, endpoint, target, token);
            var location = response.Headers.Location?.OriginalString ?? "";
            if (!(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/login", StringComparison.Ordinal)) && response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{endpoint.Key}: {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(failures.Count == 0, "Anonymous reached:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task A_signed_in_user_without_a_role_is_refused_every_admin_endpoint()
    {
        using var nobody = await _site.SignInAsync("nobody");
        var failures = await RefusalsAsync(nobody, AdminEndpoints(), expectRefused: true);
        Assert.True(failures.Count == 0, "A user without a role reached:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task An_author_is_refused_what_needs_more_than_an_author_and_nothing_changes()
    {
        using var alice = await _site.SignInAsync("alice");
        var refused = AdminEndpoints().Where(e => !Expectations.GetValueOrDefault(e.Key).Author).ToList();
        var allowed = AdminEndpoints().Where(e => Expectations.GetValueOrDefault(e.Key).Author).ToList();

        var failures = await RefusalsAsync(alice, refused, expectRefused: true);
        failures.AddRange(await RefusalsAsync(alice, allowed, expectRefused: false));
        Assert.True(failures.Count == 0, "The Author's matrix:\n" + string.Join("\n", failures));
        Assert.Null(await _site.InScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("mallory")));
    }

    [Fact]
    public async Task An_editor_reaches_the_editorial_endpoints_and_is_refused_the_user_admin()
    {
        using var erin = await _site.SignInAsync("erin");
        var refused = AdminEndpoints().Where(e => !Expectations.GetValueOrDefault(e.Key).Editor).ToList();
        var allowed = AdminEndpoints().Where(e => Expectations.GetValueOrDefault(e.Key).Editor).ToList();

        var failures = await RefusalsAsync(erin, refused, expectRefused: true);
        failures.AddRange(await RefusalsAsync(erin, allowed, expectRefused: false));
        Assert.True(failures.Count == 0, "The Editor's matrix:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task An_administrator_reaches_every_admin_endpoint()
    {
        using var admin = await _site.SignInAsync("admin", AdminPassword);
        var failures = await RefusalsAsync(admin, AdminEndpoints(), expectRefused: false);
        Assert.True(failures.Count == 0, "The Administrator was refused:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task An_author_posting_straight_to_publish_their_own_draft_is_refused_and_it_stays_unpublished()
    {
        var own = await _site.AddUpdateAsync("alice", "Alice's draft that must not go live");
        using var alice = await _site.SignInAsync("alice");
        var token = SiteClient.AntiforgeryToken(await alice.GetPageAsync($"/admin/contents/{own}/edit"));

        using var response = await alice.PostWithTokenAsync($"/admin/contents/{own}/publish", [], token);

        Assert.True(IsRefused(response), $"{(int)response.StatusCode} {response.Headers.Location}");
        var published = await _site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(own, VersionOptions.Published));
        Assert.Null(published);
    }

    [Fact]
    public async Task Every_post_endpoint_refuses_a_request_without_an_antiforgery_token()
    {
        using var admin = await _site.SignInAsync("admin", AdminPassword);
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => e.Methods is null || e.Methods.Contains("POST")))
        {
            var post = endpoint with { Method = "POST" };
            var target = await TargetAsync();
            using var response = await SendAsync(admin, post, target, token: null);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"POST {endpoint.Template}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "POST without an antiforgery token was not refused with 400:\n" + string.Join("\n", failures));
    }

    /// <summary>Checks each endpoint with a fresh item; for a refusal, also that the item and the victim user did not change.</summary>
    private async Task<List<string>> RefusalsAsync(SiteClient client, IEnumerable<AdminEndpoint> endpoints, bool expectRefused)
    {
        // The sign-in page serves anyone, and its token is bound to whoever is signed in.
        var token = SiteClient.AntiforgeryToken(await client.GetPageAsync("/login")) ?? "";
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var target = await TargetAsync();
            var before = await SnapshotAsync(target);
            using var response = await SendAsync(client, endpoint, target, token);
            var refused = IsRefused(response);
            if (refused != expectRefused || (!expectRefused && !Reached(response)))
            {
                failures.Add($"{endpoint.Key}: {(int)response.StatusCode} {response.Headers.Location} (expected {(expectRefused ? "refused" : "reached")})");
            }
            else if (expectRefused && await SnapshotAsync(target) is var after && after != before)
            {
                failures.Add($"{endpoint.Key}: refused, but something changed: {before} -> {after}");
            }
        }

        return failures;
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } l
            && (l.Contains("/access-denied", StringComparison.Ordinal) || l.Contains("/login", StringComparison.Ordinal)));

    private static bool Reached(HttpResponseMessage response) =>
        (int)response.StatusCode < 400 || response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict;

    private async Task<HttpResponseMessage> SendAsync(SiteClient client, AdminEndpoint endpoint, Target target, string? token)
    {
        var url = Fill(endpoint.Template, target);
        if (endpoint.Method == "GET")
        {
            return await client.GetAsync(url);
        }

        return await client.PostWithTokenAsync(url, Forms.GetValueOrDefault($"POST {endpoint.Template}") ?? [], token);
    }

    private string Fill(string template, Target target)
    {
        var url = RouteParameter().Replace(template, m => m.Groups[1].Value switch
        {
            "id" when template.StartsWith("/admin/users/", StringComparison.OrdinalIgnoreCase) => _victimId,
            "id" or "contentItemId" => target.ContentItemId,
            "versionId" => target.VersionId,
            "type" => "StatusUpdate",
            "code" => "404",
            "path" => "initiatives/not-a-real-page",
            var name => throw new InvalidOperationException($"{template}: the matrix has no value for the route parameter {{{name}}}: add one to Fill."),
        });
        return template.EndsWith("/diff", StringComparison.Ordinal) ? $"{url}?from={target.VersionId}&to={target.VersionId}" : url;
    }

    /// <summary>A fresh draft status update owned by the administrator (not by the Author asking).</summary>
    private async Task<Target> TargetAsync()
    {
        var id = await _site.AddUpdateAsync("admin", "Matrix target " + Guid.NewGuid().ToString("n")[..8]);
        var version = await _site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!.ContentItemVersionId);
        return new Target(id, version);
    }

    /// <summary>What a refused request must not change: the item's versions and publication, and the victim user.</summary>
    private Task<string> SnapshotAsync(Target target) => _site.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<IContentManager>();
        var versions = await contents.ListVersionsAsync(target.ContentItemId);
        var latest = await contents.GetAsync(target.ContentItemId, VersionOptions.Latest);
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        var victim = (await users.FindByIdAsync(_victimId))!;
        var roles = string.Join(",", await users.GetRolesAsync(victim));
        return $"versions={versions.Count} latest={latest?.ContentItemVersionId} published={latest?.Published} " +
            $"victim={victim.Email}/{victim.IsEnabled}/{roles}/{victim.PasswordHash?.GetHashCode(StringComparison.Ordinal)} mallory={await users.FindByNameAsync("mallory") is not null}";
    });

    private List<AdminEndpoint> AdminEndpoints() =>
        Endpoints()
            .Where(e => e.Template.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) || e.Endpoint.Metadata.GetMetadata<AdminAttribute>() is not null)
            .SelectMany(e => (e.Methods ?? ["GET", "POST"]).Select(m => e with { Method = m }))
            .Where(e => e.Method is "GET" or "POST")
            .ToList();

    private List<AdminEndpoint> Endpoints() =>
        _site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => new AdminEndpoint(e, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods, "GET"))
            .ToList();

    private sealed record Target(string ContentItemId, string VersionId);

    private sealed record AdminEndpoint(RouteEndpoint Endpoint, string Template, IReadOnlyList<string>? Methods, string Method)
    {
        public string Key => $"{Method} {Template}";
    }

    [GeneratedRegex(@"\{\*?(\w+)(?::[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}
