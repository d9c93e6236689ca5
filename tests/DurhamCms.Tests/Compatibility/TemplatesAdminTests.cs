using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>/admin/templates: Liquid that does not parse is refused with its line and column; a saved template shows at once (cached pages evicted).</summary>
public sealed class TemplatesAdminTests
{
    private static TestSite NewSite() => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.Templates", "DurhamCms.Contents", "DurhamCms.Users"],
        SkipDurhamRecipe = true,
    });

    private static Task<RecipeResult> RunAsync(TestSite site, string steps) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync($$"""{ "steps": [ {{steps}} ] }""", null, null));

    private static async Task<string> LandingPageAsync(TestSite site)
    {
        await RunAsync(site, """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "LandingPage",
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] }
            """);
        return await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync("LandingPage");
            item.DisplayText = "Welcome";
            item.GetOrCreatePartJson("TitlePart")["Title"] = "Welcome";
            Assert.True((await cm.CreateAsync(item, VersionOptions.Published)).Succeeded);
            return item.ContentItemId;
        });
    }

    private static async Task<string> PublicPageAsync(TestSite site, string url)
    {
        using var client = site.Client();
        return await client.GetPageAsync(url);
    }

    private static KeyValuePair<string, string>[] Form(string name, string liquid) =>
        [new("Admin", "false"), new("OriginalName", ""), new("Name", name), new("Description", "landing"), new("Content", liquid)];

    [Fact]
    public async Task Liquid_with_a_syntax_error_is_refused_with_its_line_and_column_and_a_saved_template_shows_at_once()
    {
        await using var site = NewSite();
        var id = await LandingPageAsync(site);
        var before = await PublicPageAsync(site, $"/contents/{id}");
        var cachedBefore = await PublicPageAsync(site, $"/contents/{id}");
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);

        using var refused = await admin.PostFormAsync("/admin/templates/edit", Form("Content__LandingPage", "<h1>{{ Model.ContentItem.DisplayText }}</h1>\n<p>{% if %}</p>"));
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var afterRefusal = await PublicPageAsync(site, $"/contents/{id}");
        using var saved = await admin.PostFormAsync("/admin/templates/edit", Form("Content__LandingPage", "<p class=\"from-template\">{{ Model.ContentItem.DisplayText }}!</p>"));
        var after = await PublicPageAsync(site, $"/contents/{id}");
        var list = await admin.GetPageAsync("/admin/templates");

        Assert.DoesNotContain("from-template", before + cachedBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Matches(@"The template &#x27;Content__LandingPage&#x27; was not saved\. The Liquid does not parse: [^<]*\(line 2, column \d+\)", refusedPage);
        Assert.DoesNotContain("from-template", afterRefusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<p class=\"from-template\">Welcome!</p>", after, StringComparison.Ordinal);
        Assert.Contains("Content__LandingPage", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_imported_by_a_recipe_evicts_the_cached_page_too()
    {
        await using var site = NewSite();
        var id = await LandingPageAsync(site);
        var before = await PublicPageAsync(site, $"/contents/{id}");

        await RunAsync(site, new JsonObject
        {
            ["name"] = "Templates",
            ["Templates"] = new JsonObject { ["Content__LandingPage"] = new JsonObject { ["Content"] = "<p class=\"imported\">{{ Model.ContentItem.DisplayText }}</p>" } },
        }.ToJsonString());
        var after = await PublicPageAsync(site, $"/contents/{id}");

        Assert.DoesNotContain("imported", before, StringComparison.Ordinal);
        Assert.Contains("<p class=\"imported\">Welcome</p>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_in_the_admin_without_ManageTemplates_is_refused()
    {
        await using var site = NewSite();
        await RunAsync(site, """{ "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [ "AccessAdminPanel" ] } ] }""");
        await site.CreateUserAsync("erin", "Editor");
        using var erin = await site.SignInAsync("erin");

        using var page = await erin.GetAsync("/admin/templates");
        using var adminTemplates = await erin.GetAsync("/admin/templates?admin=true");

        foreach (var response in new[] { page, adminTemplates })
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
                $"{(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
