using DurhamCms.Admin;
using DurhamCms.AdminMenu.Services;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's AdminMenu step: stored, replaced by Id, and shown in the admin navigation.</summary>
public sealed class OrchardAdminMenuStepTests
{
    private const string ItemId = "4f1qrdtn5b0gjqzrm8e2h7kx3w";

    /// <summary>The shape Orchard's blog recipe writes, with our own labels.</summary>
    private static string Menu(string firstLabel, string url = "Admin/Contents/ContentItems/" + ItemId + "/Display") => $$"""
        { "steps": [ { "name": "AdminMenu", "data": [ { "Id": "a1b2c3", "Name": "Plan menu", "Enabled": true, "MenuItems": [
          { "$type": "OrchardCore.AdminMenu.AdminNodes.LinkAdminNode, OrchardCore.AdminMenu", "LinkText": "{{firstLabel}}",
            "LinkUrl": "{{url}}", "IconClass": "fas fa-rss", "PermissionNames": [], "UniqueId": "u1", "Enabled": true, "Items": [] },
          { "$type": "OrchardCore.AdminMenu.AdminNodes.LinkAdminNode, OrchardCore.AdminMenu", "LinkText": "Hidden",
            "LinkUrl": "Admin/Somewhere", "PermissionNames": [], "UniqueId": "u2", "Enabled": false, "Items": [] },
          { "$type": "OrchardCore.AdminMenu.AdminNodes.PlaceholderAdminNode, OrchardCore.AdminMenu", "LinkText": "Plan content",
            "PermissionNames": [ "ManageUsers" ], "UniqueId": "u3", "Enabled": true, "Items": [
            { "$type": "OrchardCore.AdminMenu.AdminNodes.LinkAdminNode, OrchardCore.AdminMenu", "LinkText": "All items",
              "LinkUrl": "Admin/Contents/ContentItems/", "UniqueId": "u4", "Enabled": true, "Items": [] },
            { "$type": "OrchardCore.Contents.AdminNodes.ContentTypesAdminNode, OrchardCore.Contents", "ShowAll": false,
              "ContentTypes": [ { "ContentTypeId": "Initiative" } ], "UniqueId": "u5", "Enabled": true, "Items": [] } ] },
          { "$type": "OrchardCore.Lists.AdminNodes.ListsAdminNode, OrchardCore.Lists", "ContentType": "Blog", "UniqueId": "u6", "Enabled": true } ] } ] } ] }
        """;

    private static TestSite NewSite() => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.AdminMenu", "DurhamCms.Contents", "DurhamCms.Users"],
        SkipDurhamRecipe = true,
    });

    private static Task<RecipeResult> RunAsync(TestSite site, string json) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, null, null));

    private static Task<IReadOnlyList<AdminMenuEntry>> EntriesAsync(TestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IAdminMenuSource>().GetEntriesAsync());

    [Fact]
    public async Task The_menu_is_stored_with_Orchards_links_made_ours_and_a_node_kind_not_shown_is_warned_about()
    {
        await using var site = NewSite();

        var result = await RunAsync(site, Menu("Blog"));

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("ListsAdminNode, which this site stores but does not show", warning, StringComparison.Ordinal);
        var entries = await EntriesAsync(site);
        Assert.Equal(["Blog", "Plan content"], entries.Select(e => e.Label));
        Assert.Equal($"/admin/contents/{ItemId}/edit", entries[0].Url);
        Assert.Equal(["ManageUsers"], entries[1].PermissionNames);
        Assert.Equal([("All items", "/admin/contents"), ("Initiative", "/admin/contents?type=Initiative")],
            entries[1].Children.Select(c => (c.Label, c.Url!)));
    }

    [Fact]
    public async Task A_menu_imported_again_replaces_the_stored_one_of_its_Id()
    {
        await using var site = NewSite();
        await RunAsync(site, Menu("Blog"));

        await RunAsync(site, Menu("News"));

        Assert.Equal(["News", "Plan content"], (await EntriesAsync(site)).Select(e => e.Label));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/x")]
    public async Task A_link_that_is_no_site_path_or_web_address_is_refused_naming_it(string url)
    {
        await using var site = NewSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, Menu("Bad", url)));

        Assert.Contains("the link 'Bad' goes to", error.Message, StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync(site));
    }

    [Theory]
    [InlineData("https://durhamnc.gov/plan", "https://durhamnc.gov/plan")]
    [InlineData("Admin/Contents/ContentItems", "/admin/contents")]
    [InlineData("/admin/users", "/admin/users")]
    [InlineData("mailto:x@example.test", null)]
    public void Links_translate_to_this_sites_admin(string given, string? expected) =>
        Assert.Equal(expected, AdminMenuUrls.Translate(given));

    [Fact]
    public async Task The_admin_navigation_shows_the_stored_menu_to_those_holding_its_permissions()
    {
        await using var site = NewSite();
        await RunAsync(site, Menu("Blog"));
        await RunAsync(site, """{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Author", "Permissions": [ "AccessAdminPanel" ] } ] } ] }""");
        await site.CreateUserAsync("alice", "Author");

        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var adminPage = await admin.GetPageAsync("/admin");
        using var author = await site.SignInAsync("alice");
        var authorPage = await author.GetPageAsync("/admin");

        Assert.Contains($"<a href=\"/admin/contents/{ItemId}/edit\">Blog</a>", adminPage, StringComparison.Ordinal);
        Assert.Contains("Plan content", adminPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/contents?type=Initiative\">Initiative</a>", adminPage, StringComparison.Ordinal);
        Assert.Contains(">Blog</a>", authorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan content", authorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_menus_page_shows_each_stored_menu_and_node_with_what_is_not_shown_and_needs_ManageAdminMenu()
    {
        await using var site = NewSite();
        await RunAsync(site, Menu("Blog"));
        await RunAsync(site, """{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Author", "Permissions": [ "AccessAdminPanel" ] } ] } ] }""");
        await site.CreateUserAsync("alice", "Author");

        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var page = await admin.GetPageAsync("/admin/admin-menus");
        var navigation = await admin.GetPageAsync("/admin");
        using var author = await site.SignInAsync("alice");
        using var refused = await author.GetAsync("/admin/admin-menus");

        Assert.Contains("<h2 id=\"menu-a1b2c3\">Plan menu</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"LinkAdminNode, goes to /admin/contents/{ItemId}/edit", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Hidden</strong>", page, StringComparison.Ordinal);
        Assert.Contains("LinkAdminNode, not shown", page, StringComparison.Ordinal);
        Assert.Contains("PlaceholderAdminNode, for ManageUsers", page, StringComparison.Ordinal);
        Assert.Contains("ListsAdminNode, not shown", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/admin-menus\"", navigation, StringComparison.Ordinal);
        Assert.True(refused.StatusCode is System.Net.HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
            $"{(int)refused.StatusCode} {refused.Headers.Location}");
    }
}
