using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using DurhamCms.Users.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Users;

/// <summary>The user admin refuses an email another user has, on the field, and saves nothing.</summary>
public sealed class UniqueEmailTests : IAsyncLifetime
{
    private const string Password = "Another-good-password-2";
    private readonly AuditedSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Creating_a_user_with_another_users_email_says_so_on_the_email_field_and_creates_nobody()
    {
        using var admin = await _site.SignInAsAdminAsync();
        using var response = await admin.PostFormAsync("/admin/users/create",
            [new("UserName", "dave"), new("Email", "ALICE@example.test"), new("Password", Password), new("ConfirmPassword", Password), new("Roles", "Author")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"email-error\"[^>]*>[^<]*already the email of the user alice", page);
        Assert.Null(await _site.FindUserAsync("dave"));
    }

    [Fact]
    public async Task Giving_a_user_another_users_email_says_so_on_the_email_field_and_changes_nothing()
    {
        var erin = await _site.FindUserAsync("erin");
        using var admin = await _site.SignInAsAdminAsync();
        using var response = await admin.PostFormAsync($"/admin/users/{erin!.Id}/edit",
            [new("Email", "alice@example.test"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"email-error\"[^>]*>[^<]*already the email of the user alice", await response.Content.ReadAsStringAsync());
        Assert.Equal("erin@example.test", (await _site.FindUserAsync("erin"))!.Email);
    }

    [Fact]
    public async Task Losing_a_race_for_an_email_to_another_administrator_is_a_message_on_the_form_not_a_500()
    {
        // Without the validator the unique index is the only guard, as it is for the second of two
        // administrators who pass the validator at the same moment.
        await using var site = new TestSite(new TestSiteOptions
        {
            Services = s =>
            {
                var validator = s.Single(d => d.ImplementationType == typeof(UniqueEmailValidator));
                s.Remove(validator);
            },
        });
        await site.CreateUserAsync("alice", "Author");
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        using var response = await admin.PostFormAsync("/admin/users/create",
            [new("UserName", "dave"), new("Email", "alice@example.test"), new("Password", Password), new("ConfirmPassword", Password), new("Roles", "Author")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("saved a moment ago, so nothing was saved", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("dave")));
    }

    [Fact]
    public async Task Keeping_ones_own_email_in_another_case_is_no_conflict_and_many_users_may_have_none()
    {
        var erin = await _site.FindUserAsync("erin");
        using var admin = await _site.SignInAsAdminAsync();
        using var kept = await admin.PostFormAsync($"/admin/users/{erin!.Id}/edit",
            [new("Email", "ERIN@example.test"), new("Roles", "Editor")]);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);

        // The unique index lets NULLs repeat (the administrator setup creates may have no email).
        await _site.Site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            for (var i = 1; i <= 2; i++)
            {
                var name = $"noemail{i}";
                var created = await users.CreateAsync(new CmsUser { UserName = name }, Password);
                Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        });
    }
}
