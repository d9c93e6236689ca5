using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's Templates and AdminTemplates steps: a site template replaces a type's detail view, safely.</summary>
public sealed class OrchardTemplatesTests
{
    private const string LandingType = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "LandingPage",
          "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "LandingPage", "Name": "LandingPage" } ] } ],
          "ContentParts": [ { "Name": "LandingPage", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Tagline" } ] } ] }
        """;

    private static TestSite NewSite() => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.Templates", "DurhamCms.Contents"],
        SkipDurhamRecipe = true,
    });

    private static Task<RecipeResult> RunAsync(TestSite site, string steps) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync($$"""{ "steps": [ {{steps}} ] }""", null, null));

    private static string Templates(string name, string shape, string liquid) =>
        new JsonObject { ["name"] = name, [name] = new JsonObject { [shape] = new JsonObject { ["Description"] = "test", ["Content"] = liquid } } }.ToJsonString();

    private static async Task<string> LandingPageAsync(TestSite site, string tagline)
    {
        await RunAsync(site, LandingType);
        return await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync("LandingPage");
            item.DisplayText = "Welcome";
            item.GetOrCreatePartJson("TitlePart")["Title"] = "Welcome";
            item.GetOrCreatePartJson("LandingPage")["Tagline"] = new JsonObject { ["Text"] = tagline };
            Assert.True((await cm.CreateAsync(item, VersionOptions.Published)).Succeeded);
            return item.ContentItemId;
        });
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(TestSite site, string url)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_site_template_replaces_the_detail_view_and_encodes_what_it_shows()
    {
        await using var site = NewSite();
        var id = await LandingPageAsync(site, "<script>alert(1)</script> & more");
        var result = await RunAsync(site, Templates("Templates", "Content__LandingPage",
            "<section class=\"landing\"><h1>{{ Model.ContentItem.DisplayText }}</h1><p>{{ ContentItem.Content.LandingPage.Tagline.Text }}</p></section>"));

        var (status, body) = await GetAsync(site, $"/contents/{id}");

        Assert.Empty(result.Warnings);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<section class=\"landing\"><h1>Welcome</h1><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p></section>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}")]
    [InlineData("{{ 1 | divided_by: 0 }}")]
    [InlineData("{% shape \"Menu\" %}")]
    public async Task A_template_that_fails_or_does_not_parse_falls_back_to_the_normal_view(string liquid)
    {
        await using var site = NewSite();
        var id = await LandingPageAsync(site, "Come in");
        await RunAsync(site, Templates("Templates", "Content__LandingPage", liquid));

        var (status, body) = await GetAsync(site, $"/contents/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Welcome</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_reaches_no_configuration_or_services()
    {
        await using var site = NewSite();
        var id = await LandingPageAsync(site, "Come in");
        await RunAsync(site, Templates("Templates", "Content__LandingPage",
            "[{{ Configuration.ConnectionStrings }}{{ Site }}{{ Model.ContentItem.GetType }}{{ ContentItem.Content.LandingPage.Tagline.Text }}]"));

        var (_, body) = await GetAsync(site, $"/contents/{id}");

        Assert.Contains("[Come in]", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_this_site_does_not_render_are_stored_with_a_warning_each_and_the_ones_it_renders_without()
    {
        await using var site = NewSite();

        var result = await RunAsync(site, string.Join(",",
            Templates("Templates", "Widget__Register", "<form></form>"),
            Templates("Templates", "Content__ComingSoon", "{% shape \"Menu\" %}"),
            Templates("AdminTemplates", "Content_DetailAdmin__Page", "<b>x</b>"),
            Templates("AdminTemplates", "Content_SummaryAdmin__Page", "<b>x</b>"),
            Templates("Templates", "Content_Summary__Page", "<b>x</b>")));

        Assert.Equal(3, result.Warnings.Count);
        Assert.Contains("replaces only a content type's detail view and summary", result.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("not Liquid this site can render", result.Warnings[1], StringComparison.Ordinal);
        Assert.Contains("admin template 'Content_DetailAdmin__Page' is stored, but this site replaces only a type's row in the admin content list", result.Warnings[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_without_its_Liquid_is_refused_naming_it()
    {
        await using var site = NewSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, """{ "name": "Templates", "Templates": { "Content__Page": { "Description": "x" } } }"""));

        Assert.Contains("template 'Content__Page' must be an object with its Liquid in \"Content\"", error.Message, StringComparison.Ordinal);
    }
}
