using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's UserPickerField: ids that must be users of this site, names that follow them.</summary>
public sealed class UserPickerFieldTests
{
    private const string EventId = "4k7qxzmb2hf8yd3nq0vw5t9cu1";

    private const string Definition = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Meeting", "ContentTypePartDefinitionRecords": [ { "PartName": "Meeting", "Name": "Meeting" } ] } ],
          "ContentParts": [ { "Name": "Meeting", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "UserPickerField", "Name": "Hosts", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Hosts" },
              "UserPickerFieldSettings": { "Required": true, "Multiple": false, "DisplayAllUsers": true, "DisplayedRoles": [] } } } ] } ] }
        """;

    private static TestSite NewSite() => new(new TestSiteOptions { Modules = ["DurhamCms.ContentFields", "DurhamCms.Users"], SkipDurhamRecipe = true });

    private static Task<RecipeResult> ImportAsync(TestSite site, string hosts, string id = EventId) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync($$"""
            { "steps": [ {{Definition}}, { "name": "Content", "Data": [ { "ContentItemId": "{{id}}", "ContentType": "Meeting", "DisplayText": "Council",
              "Latest": true, "Published": true, "Meeting": { "Hosts": {{hosts}} } } ] } ] }
            """, null, null));

    private static Task<string> IdOfAsync(TestSite site, string userName) =>
        site.InScopeAsync(async sp => (await sp.GetRequiredService<IUserDirectory>().FindByNameAsync(userName))!.Id);

    private static Task<UserPickerField?> HostsAsync(TestSite site, string id = EventId) => site.InScopeAsync(async sp =>
        (await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))?.GetField<UserPickerField>("Meeting", "Hosts"));

    [Fact]
    public async Task An_imported_user_id_is_kept_and_its_name_is_the_users_own()
    {
        await using var site = NewSite();
        await site.CreateUserAsync("erin");
        var erin = await IdOfAsync(site, "erin");

        await ImportAsync(site, $$"""{ "UserIds": [ "{{erin}}" ], "UserNames": [ "someone-else" ] }""");

        var hosts = await HostsAsync(site);
        Assert.Equal([erin], hosts!.UserIds);
        Assert.Equal(["erin"], hosts.UserNames);
    }

    [Fact]
    public async Task A_user_this_site_does_not_have_or_one_too_many_refuses_the_import_naming_them()
    {
        await using var site = NewSite();
        await site.CreateUserAsync("erin");
        await site.CreateUserAsync("alice");
        var (erin, alice) = (await IdOfAsync(site, "erin"), await IdOfAsync(site, "alice"));

        var unknown = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(site, """{ "UserIds": [ "4k7qxzmb2hf8yd3nq0vw5t9zzz" ] }"""));
        var two = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(site, $$"""{ "UserIds": [ "{{erin}}", "{{alice}}" ] }"""));
        var none = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(site, """{ "UserIds": [] }"""));

        Assert.Contains("Hosts names users this site does not have: no user has the id '4k7qxzmb2hf8yd3nq0vw5t9zzz'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Hosts allows only one user.", two.Message, StringComparison.Ordinal);
        Assert.Contains("Hosts is required.", none.Message, StringComparison.Ordinal);
        Assert.Null(await HostsAsync(site));
    }

    [Fact]
    public async Task Names_typed_in_the_editor_become_the_users_ids_and_an_unknown_name_is_named()
    {
        await using var site = NewSite();
        await site.CreateUserAsync("Erin");
        await ImportAsync(site, $$"""{ "UserIds": [ "{{await IdOfAsync(site, "erin")}}" ] }""");

        var results = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = (await cm.GetAsync(EventId, VersionOptions.Latest))!;
            item.ApplyField("Meeting", "Hosts", new UserPickerField { UserNames = ["nobody"] });
            var refused = await cm.UpdateAsync(item);
            item = (await cm.GetAsync(EventId, VersionOptions.Latest))!;
            item.ApplyField("Meeting", "Hosts", new UserPickerField { UserNames = ["erin"] });
            return (refused, await cm.UpdateAsync(item));
        });

        Assert.False(results.refused.Succeeded);
        Assert.Contains("no user is named 'nobody'", results.refused.ToString(), StringComparison.Ordinal);
        Assert.True(results.Item2.Succeeded, results.Item2.ToString());
        var hosts = await HostsAsync(site);
        Assert.Equal([await IdOfAsync(site, "erin")], hosts!.UserIds);
        Assert.Equal(["Erin"], hosts.UserNames);
    }

    [Fact]
    public async Task The_editor_offers_users_by_name_and_the_search_answers_editors_with_names_and_ids_only()
    {
        await using var site = new TestSite(new TestSiteOptions { Modules = ["DurhamCms.ContentFields", "DurhamCms.Users", "DurhamCms.Contents"], SkipDurhamRecipe = true });
        await site.CreateUserAsync("erin");
        await site.CreateUserAsync("Erik");
        await site.CreateUserAsync("alice");
        await ImportAsync(site, $$"""{ "UserIds": [ "{{await IdOfAsync(site, "erin")}}" ] }""");
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync("""
            { "steps": [ { "name": "Roles", "Roles": [ { "Name": "Visitor", "Permissions": [ "AccessAdminPanel" ] } ] } ] }
            """, null, null));
        await site.CreateUserAsync("victor", "Visitor");

        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var editor = await admin.GetPageAsync($"/admin/contents/{EventId}/edit");
        var found = System.Text.Json.Nodes.JsonNode.Parse(await admin.GetPageAsync("/admin/user-picker?q=ER"))!.AsArray();
        using var visitor = await site.SignInAsync("victor");
        using var refused = await visitor.GetAsync("/admin/user-picker?q=er");
        using var resident = site.Client();
        var display = await resident.GetPageAsync($"/contents/{EventId}");

        Assert.Matches("<input type=\"text\" id=\"[^\"]+\" name=\"[^\"]*UserNames\" value=\"erin\" list=\"[^\"]+-users\"", editor);
        Assert.Contains("<option value=\"alice\"></option>", editor, StringComparison.Ordinal);
        Assert.Equal(["erin", "Erik"], found.Select(u => (string?)u!["userName"]).Order(StringComparer.Ordinal).Reverse().ToList());
        Assert.Equal(await IdOfAsync(site, "erin"), (string?)found.Single(u => (string?)u!["userName"] == "erin")!["id"]);
        Assert.All(found, u => Assert.Equal(["id", "userName"], u!.AsObject().Select(p => p.Key)));
        Assert.Matches("<span class=\"field-label\">Hosts</span>\\s*<span class=\"field-value\">erin</span>", display);
        Assert.True(refused.StatusCode is System.Net.HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
            $"{(int)refused.StatusCode} {refused.Headers.Location}");
    }
}
