using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>/admin/subscriptions: subscribers' addresses are for Administrators only.</summary>
public sealed class SubscriberAdminTests : IClassFixture<SubscribeTests.Site>
{
    private readonly SubscribeTests.Site _fixture;

    public SubscriberAdminTests(SubscribeTests.Site fixture) => _fixture = fixture;

    private TestSite Web => _fixture.Web;

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_Editors_are_forbidden()
    {
        await Web.CreateUserAsync("editor-subs", "Editor");
        using var anonymous = Web.Client();
        using var editor = await Web.SignInAsync("editor-subs");

        using var anonymousList = await anonymous.GetAsync("/admin/subscriptions");
        using var editorList = await editor.GetAsync("/admin/subscriptions");
        using var editorDelete = await editor.PostFormAsync("/admin/contents", [new("id", "1")], "/admin/subscriptions/delete");

        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.Contains("/login", anonymousList.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.True(IsRefused(editorList), $"the Editor reached the list: {(int)editorList.StatusCode}");
        Assert.True(IsRefused(editorDelete), $"the Editor reached delete: {(int)editorDelete.StatusCode}");
        Assert.DoesNotContain("@example.org", await editorList.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>As the admin endpoint matrix reads a refusal: 403, or the access-denied (or sign-in) page.</summary>
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } l
            && (l.Contains("/access-denied", StringComparison.Ordinal) || l.Contains("/login", StringComparison.Ordinal)));

    [Fact]
    public async Task An_administrator_sees_the_counts_per_scope_and_the_addresses_and_removes_one()
    {
        var initiative = await Web.Initiative311Async();
        using var resident = Web.Client();
        await Web.SubscribeAndConfirmAsync(resident, "listed@example.org", "Initiative", initiative);
        using (await resident.SubscribeAsync("pending-listed@example.org"))
        {
        }

        using var admin = await Web.SignInAsync("admin", TestSite.AdminPassword);
        var html = await admin.GetPageAsync("/admin/subscriptions");

        Assert.Contains("listed@example.org", html, StringComparison.Ordinal);
        Assert.Contains("pending-listed@example.org", html, StringComparison.Ordinal);
        Assert.Contains("Not confirmed", html, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">Initiative</th><td>[1-9]", html);

        var id = Assert.Single(await Web.SubscriptionsAsync("listed@example.org")).Id;
        using var removed = await admin.PostFormAsync("/admin/subscriptions", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "/admin/subscriptions/delete");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await Web.SubscriptionsAsync("listed@example.org"));
    }
}
