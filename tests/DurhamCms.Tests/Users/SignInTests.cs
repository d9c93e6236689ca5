using System.Net;
using DurhamCms.Security;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using DurhamCms.Users;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;

namespace DurhamCms.Tests.Users;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Signing_in_with_the_right_password_goes_to_the_admin()
    {
        using var client = _site.Client();
        using var response = await client.PostFormAsync("/login", [new("UserName", "alice"), new("Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_naming_which_part_was_wrong()
    {
        using var client = _site.Client();
        using var response = await client.PostFormAsync("/login", [new("UserName", "alice"), new("Password", "not-the-password")]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DurhamCms.Users.Controllers.AccountController.SignInFailedMessage, page, StringComparison.Ordinal);
        Assert.Contains("value=\"alice\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_hold_back_the_next_attempt_from_that_address_even_with_the_right_password()
    {
        using var client = _site.Client();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostFormAsync("/login", [new("UserName", "alice"), new("Password", "wrong")]);
        }

        using var response = await client.PostFormAsync("/login", [new("UserName", "alice"), new("Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Too many attempts.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_belongs_to_one_account_so_signing_in_by_it_names_that_account_and_each_still_signs_in_by_name()
    {
        // Emails are unique since issue 10 (before, an email two accounts shared signed nobody in).
        var second = await _site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            Assert.True((await users.SetEmailAsync((await users.FindByNameAsync("alice"))!, "shared@example.test")).Succeeded);
            return await users.SetEmailAsync((await users.FindByNameAsync("erin"))!, "Shared@Example.test");
        });
        Assert.Equal(DurhamCms.Users.Security.UniqueEmailValidator.ErrorCode, Assert.Single(second.Errors).Code);

        using var client = _site.Client();
        using var byEmail = await client.PostFormAsync("/login", [new("UserName", "shared@example.test"), new("Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, byEmail.StatusCode);

        using var other = _site.Client();
        using var byName = await other.PostFormAsync("/login", [new("UserName", "erin"), new("Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, byName.StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_an_antiforgery_token_is_refused()
    {
        using var client = _site.Client();
        using var response = await client.PostWithTokenAsync("/login", [new("UserName", "alice"), new("Password", TestUsers.Password)], token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_return_url_off_the_site_is_not_followed()
    {
        using var client = _site.Client();
        using var response = await client.PostFormAsync("/login",
            [new("UserName", "alice"), new("Password", TestUsers.Password), new("ReturnUrl", "https://evil.example/")]);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("alice", "EditOwn_StatusUpdate", true)]
    [InlineData("alice", "Publish_StatusUpdate", false)]
    [InlineData("alice", "Edit_StatusUpdate", false)]
    [InlineData("erin", "Publish_StatusUpdate", true)]
    [InlineData("erin", "EditOwn_Initiative", true)]
    [InlineData("admin", "ManageUsers", true)]
    [InlineData("erin", "ManageUsers", false)]
    public async Task Roles_from_the_recipe_grant_permissions_through_what_implies_them(string userName, string permission, bool expected)
    {
        var granted = await _site.InScopeAsync(async sp =>
        {
            var user = await PrincipalAsync(sp, userName);
            return await sp.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, Find(permission));
        });
        Assert.Equal(expected, granted);
    }

    [Fact]
    public async Task An_authors_own_permission_holds_only_for_items_they_own()
    {
        var (own, others) = await _site.InScopeAsync(async sp =>
        {
            var user = await PrincipalAsync(sp, "alice");
            var auth = sp.GetRequiredService<IAuthorizationService>();
            var mine = new ContentManagement.ContentItem { ContentType = "StatusUpdate", Owner = user.FindFirstValue(ClaimTypes.NameIdentifier) };
            var theirs = new ContentManagement.ContentItem { ContentType = "StatusUpdate", Owner = "someone-else" };
            var permission = ContentPermissions.EditOwn("StatusUpdate");
            return (await auth.AuthorizeAsync(user, permission, mine), await auth.AuthorizeAsync(user, permission, theirs));
        });
        Assert.True(own);
        Assert.False(others);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider sp, string userName)
    {
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DurhamCms.Users.CmsUser>>();
        var factory = sp.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<DurhamCms.Users.CmsUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await factory.CreateAsync(user);
    }

    private static Permission Find(string name) => name switch
    {
        "ManageUsers" => StandardPermissions.ManageUsers,
        _ when name.Split('_') is [var kind, var type] => ContentPermissions.ForType(type).Single(p => p.Name.StartsWith(kind + "_", StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
