using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Users;

public sealed class UserAdminTests : IAsyncLifetime
{
    private const string NewPassword = "Another-good-password-2";
    private readonly AuditedSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task The_user_list_shows_each_user_with_roles_and_state_and_searches_by_name_or_email()
    {
        using var admin = await _site.SignInAsAdminAsync();
        var page = await admin.GetPageAsync("/admin/users");
        Assert.Contains("alice", page, StringComparison.Ordinal);
        Assert.Contains("erin", page, StringComparison.Ordinal);
        Assert.Contains("Author", page, StringComparison.Ordinal);
        Assert.Contains("Enabled", page, StringComparison.Ordinal);

        var found = await admin.GetPageAsync("/admin/users?q=ERIN%40example");
        Assert.Contains("erin@example.test", found, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@example.test", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_creates_an_author_who_can_then_sign_in_and_the_audit_trail_records_it()
    {
        using var admin = await _site.SignInAsAdminAsync();
        using var response = await admin.PostFormAsync("/admin/users/create",
            [new("UserName", "carol"), new("Email", "carol@durhamnc.gov"), new("Password", NewPassword), new("ConfirmPassword", NewPassword), new("Roles", "Author")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users", response.Headers.Location?.OriginalString);
        Assert.Equal(["Author"], await _site.RolesOfAsync("carol"));
        using var carol = await _site.SignInAsync("carol", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await carol.GetAsync("/admin")).StatusCode);
        var created = _site.Audit.Single("UserCreated");
        Assert.Equal("User", created.Category);
        Assert.Contains("carol", created.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_name_gets_a_clear_message_and_keeps_what_was_typed()
    {
        using var admin = await _site.SignInAsAdminAsync();
        using var weak = await admin.PostFormAsync("/admin/users/create",
            [new("UserName", "dave"), new("Email", "dave@durhamnc.gov"), new("Password", "short"), new("ConfirmPassword", "short"), new("Roles", "Editor")]);
        var page = await weak.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("at least 12 characters", page, StringComparison.Ordinal);
        Assert.Contains("value=\"dave\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"dave@durhamnc.gov\"", page, StringComparison.Ordinal);
        Assert.Matches("value=\"Editor\"\\s+checked", page);
        Assert.Null(await _site.FindUserAsync("dave"));

        using var taken = await admin.PostFormAsync("/admin/users/create",
            [new("UserName", "alice"), new("Email", "other@durhamnc.gov"), new("Password", NewPassword), new("ConfirmPassword", NewPassword)]);
        Assert.Contains("is already taken", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var mismatch = await admin.PostFormAsync("/admin/users/create",
            [new("UserName", "dave"), new("Email", "not-an-email"), new("Password", NewPassword), new("ConfirmPassword", NewPassword + "x")]);
        var mismatchPage = await mismatch.Content.ReadAsStringAsync();
        Assert.Contains("The two passwords are not the same.", mismatchPage, StringComparison.Ordinal);
        Assert.Contains("Enter an email address such as", mismatchPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_roles_records_before_and_after_and_changes_what_the_user_may_do()
    {
        var alice = await _site.FindUserAsync("alice");
        using var admin = await _site.SignInAsAdminAsync();
        using var response = await admin.PostFormAsync($"/admin/users/{alice!.Id}/edit",
            [new("Email", "alice@durhamnc.gov"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Editor"], await _site.RolesOfAsync("alice"));
        Assert.Equal("alice@durhamnc.gov", (await _site.FindUserAsync("alice"))!.Email);
        Assert.Contains("Author → Editor", _site.Audit.Single("RolesChanged").Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_that_does_not_exist_or_an_implicit_role_cannot_be_given()
    {
        var alice = await _site.FindUserAsync("alice");
        using var admin = await _site.SignInAsAdminAsync();
        using var response = await admin.PostFormAsync($"/admin/users/{alice!.Id}/edit",
            [new("Email", "alice@example.test"), new("Roles", "Authenticated"), new("Roles", "Overlord")]);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no role that can be given named &#x27;Authenticated&#x27;, &#x27;Overlord&#x27;.", page, StringComparison.Ordinal);
        Assert.Equal(["Author"], await _site.RolesOfAsync("alice"));
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once_and_refuses_sign_in_until_re_enabled()
    {
        var alice = await _site.FindUserAsync("alice");
        using var session = await _site.SignInAsync("alice");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        using var admin = await _site.SignInAsAdminAsync();
        using var disabled = await admin.PostFormAsync("/admin/users", [], $"/admin/users/{alice!.Id}/disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var after = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var again = _site.Client();
        using var refused = await again.PostFormAsync("/login", [new("UserName", "alice"), new("Password", TestUsers.Password)]);
        Assert.Contains(DurhamCms.Users.Controllers.AccountController.SignInFailedMessage, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Disabled", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
        Assert.NotNull(_site.Audit.Single("UserDisabled"));

        using var enabled = await admin.PostFormAsync("/admin/users", [], $"/admin/users/{alice.Id}/enable");
        using var back = await _site.SignInAsync("alice");
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/admin")).StatusCode);
        Assert.NotNull(_site.Audit.Single("UserEnabled"));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var admin = await _site.FindUserAsync("admin");
        using var client = await _site.SignInAsAdminAsync();
        using var response = await client.PostFormAsync("/admin/users", [], $"/admin/users/{admin!.Id}/disable");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await _site.FindUserAsync("admin"))!.IsEnabled);
        Assert.Contains("You cannot disable your own account.", await client.GetPageAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_a_password_replaces_the_old_one_ends_sessions_and_is_audited()
    {
        var alice = await _site.FindUserAsync("alice");
        using var session = await _site.SignInAsync("alice");
        using var admin = await _site.SignInAsAdminAsync();
        var url = $"/admin/users/{alice!.Id}/password";

        using var weak = await admin.PostFormAsync(url, [new("NewPassword", "weak"), new("ConfirmPassword", "weak")]);
        Assert.Contains("at least 12 characters", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reset = await admin.PostFormAsync(url, [new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).StatusCode);
        using var old = _site.Client();
        using var refused = await old.PostFormAsync("/login", [new("UserName", "alice"), new("Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var signedIn = await _site.SignInAsync("alice", NewPassword);
        Assert.NotNull(_site.Audit.Single("PasswordReset"));
    }

    [Fact]
    public async Task A_user_changes_their_own_password_and_stays_signed_in()
    {
        using var alice = await _site.SignInAsync("alice");
        using var wrong = await alice.PostFormAsync("/admin/account/password",
            [new("CurrentPassword", "not-my-password"), new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]);
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var changed = await alice.PostFormAsync("/admin/account/password",
            [new("CurrentPassword", TestUsers.Password), new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password has been changed.", await alice.GetPageAsync("/admin/account/password"), StringComparison.Ordinal);
        using var again = await _site.SignInAsync("alice", NewPassword);
        Assert.Equal("alice", _site.Audit.Single("PasswordChanged").DisplayText);
    }

    [Theory]
    [InlineData("erin")]
    [InlineData("alice")]
    public async Task Users_without_ManageUsers_are_refused_every_user_admin_action_even_posting_directly(string userName)
    {
        var target = await _site.FindUserAsync(userName == "erin" ? "alice" : "erin");
        using var client = await _site.SignInAsync(userName);
        var token = SiteClient.AntiforgeryToken(await client.GetPageAsync("/admin/account/password"));

        foreach (var url in new[] { "/admin/users", "/admin/users/create", $"/admin/users/{target!.Id}/edit", $"/admin/users/{target.Id}/password" })
        {
            using var get = await client.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.Redirect && get.Headers.Location!.OriginalString.Contains("/access-denied", StringComparison.Ordinal), $"GET {url}: {(int)get.StatusCode}");
        }

        using var create = await client.PostWithTokenAsync("/admin/users/create",
            [new("UserName", "mallory"), new("Email", "m@example.test"), new("Password", NewPassword), new("ConfirmPassword", NewPassword), new("Roles", "Administrator")], token);
        using var disable = await client.PostWithTokenAsync($"/admin/users/{target.Id}/disable", [], token);
        using var roles = await client.PostWithTokenAsync($"/admin/users/{target.Id}/edit", [new("Email", "x@example.test"), new("Roles", "Administrator")], token);
        Assert.All(new[] { create, disable, roles }, r => Assert.Contains("/access-denied", r.Headers.Location?.OriginalString, StringComparison.Ordinal));
        Assert.Null(await _site.FindUserAsync("mallory"));
        Assert.True((await _site.FindUserAsync(target.UserName!))!.IsEnabled);
        Assert.DoesNotContain("Administrator", await _site.RolesOfAsync(target.UserName!));
    }
}
