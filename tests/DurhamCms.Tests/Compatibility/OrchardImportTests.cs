using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Recipes;
using DurhamCms.Tests.Fields;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>
/// Content steps with the parts and fields modules, held to what Orchard Core's import does:
/// each fixture is written in Orchard's recipe shape.
/// </summary>
public sealed class OrchardImportTests
{
    private const string ArticleId = "4k7qxzmb2hf8yd3nq0vw5t9ca1";
    private const string ArticleVersion = "4k7qxzmb2hf8yd3nq0vw5t9cv1";
    private const string TagId = "4k7qxzmb2hf8yd3nq0vw5t9ct1";

    /// <summary>Article: title, body, and its own part with a picker and two dates; Embed: a body left unsanitized; Tag: no TitlePart.</summary>
    private const string Definitions = """
        { "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Article", "DisplayName": "Article", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
                { "PartName": "Article", "Name": "Article" } ] },
            { "Name": "Embed", "DisplayName": "Embed", "ContentTypePartDefinitionRecords": [
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "HtmlBodyPartSettings": { "SanitizeHtml": false } } } ] },
            { "Name": "Tag", "DisplayName": "Tag", "ContentTypePartDefinitionRecords": [ { "PartName": "Tag", "Name": "Tag" } ] } ],
          "ContentParts": [
            { "Name": "Article", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "ContentPickerField", "Name": "Tags", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tags" }, "ContentPickerFieldSettings": { "Multiple": true, "DisplayAllContentTypes": true } } },
                { "FieldName": "DateField", "Name": "Day", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Day" } } },
                { "FieldName": "DateTimeField", "Name": "At", "Settings": { "ContentPartFieldSettings": { "DisplayName": "At" } } },
                { "FieldName": "TextField", "Name": "Lead", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Lead" } } } ] },
            { "Name": "Tag", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Label" } ] } ] }
        """;

    private static string Article(string parts, string? versionId = ArticleVersion, string id = ArticleId) => $$"""
        { "ContentItemId": "{{id}}", {{(versionId is null ? "" : $"\"ContentItemVersionId\": \"{versionId}\",")}}
          "ContentType": "Article", "DisplayText": "Housing", "Latest": true, "Published": true, {{parts}} }
        """;

    private static string Recipe(params string[] items) =>
        $$"""{ "name": "Fixture", "steps": [ {{Definitions}}, { "name": "Content", "Data": [ {{string.Join(",", items)}} ] } ] }""";

    private static Task<RecipeResult> RunAsync(ModuleSite site, string json, RecipeExecutionOptions? options = null) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, null, options));

    private static Task<ContentItem?> LatestAsync(ModuleSite site, string id) =>
        site.WithContentAsync(cm => cm.GetAsync(id, VersionOptions.Latest));

    [Fact]
    public async Task Importing_a_stored_version_again_merges_into_it_instead_of_replacing_it()
    {
        await using var site = await ModuleSite.StartAsync();
        await RunAsync(site, Recipe(Article("""
            "TitlePart": { "Title": "Housing" }, "HtmlBodyPart": { "Html": "<p>Body</p>" },
            "Article": { "Lead": { "Text": "Planning" }, "Day": { "Value": "2024-05-05T00:00:00Z" } }
            """)));

        await RunAsync(site, Recipe(Article("""
            "TitlePart": { "Title": "Affordable housing" }, "Article": { "Lead": { "Text": "Housing office" } }
            """)));

        var stored = (await LatestAsync(site, ArticleId))!;
        Assert.Equal(ArticleVersion, stored.ContentItemVersionId);
        Assert.Equal("Affordable housing", (string?)stored.GetPartJson("TitlePart")!["Title"]);
        Assert.Equal("<p>Body</p>", (string?)stored.GetPartJson("HtmlBodyPart")!["Html"]);
        Assert.Equal("Housing office", (string?)stored.GetPartJson("Article")!["Lead"]!["Text"]);
        Assert.NotNull(stored.GetPartJson("Article")!["Day"]);
        Assert.Single(await site.WithContentAsync(cm => cm.ListVersionsAsync(ArticleId)));
    }

    [Fact]
    public async Task The_same_version_twice_in_one_step_keeps_the_first_with_a_warning()
    {
        await using var site = await ModuleSite.StartAsync();
        var result = await RunAsync(site, Recipe(
            Article("""
                "TitlePart": { "Title": "First" }
                """),
            Article("""
                "TitlePart": { "Title": "Second" }
                """)));

        Assert.Equal("First", (string?)(await LatestAsync(site, ArticleId))!.GetPartJson("TitlePart")!["Title"]);
        Assert.Contains(result.Warnings, w => w.Contains(ArticleVersion, StringComparison.Ordinal) && w.Contains("first one was kept", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisplayText_follows_TitlePart_only_where_the_type_has_one()
    {
        await using var site = await ModuleSite.StartAsync();
        await RunAsync(site, Recipe(
            $$"""
            { "ContentItemId": "{{TagId}}", "ContentType": "Tag", "DisplayText": "Housing tag", "Latest": true, "Published": true,
              "TitlePart": { "Title": "A stray title" }, "Tag": { "Label": { "Text": "housing" } } }
            """,
            Article("""
                "TitlePart": { "Title": "From the title" }
                """, id: "4k7qxzmb2hf8yd3nq0vw5t9ca2", versionId: null).Replace("\"DisplayText\": \"Housing\",", "", StringComparison.Ordinal)));

        Assert.Equal("Housing tag", (await LatestAsync(site, TagId))!.DisplayText);
        Assert.Equal("From the title", (await LatestAsync(site, "4k7qxzmb2hf8yd3nq0vw5t9ca2"))!.DisplayText);
    }

    [Fact]
    public async Task A_picker_may_name_an_item_further_down_and_a_dangling_one_is_stored_with_a_warning()
    {
        await using var site = await ModuleSite.StartAsync();
        var result = await RunAsync(site, Recipe(
            Article($$"""
                "TitlePart": { "Title": "Housing" }, "Article": { "Tags": { "ContentItemIds": [ "{{TagId}}", "4k7qxzmb2hf8yd3nq0vw5t9cz9" ] } }
                """),
            $$"""
            { "ContentItemId": "{{TagId}}", "ContentType": "Tag", "DisplayText": "Housing", "Latest": true, "Published": true }
            """));

        var warning = Assert.Single(result.Warnings);
        Assert.Contains(ArticleId, warning, StringComparison.Ordinal);
        Assert.Contains("Article.Tags", warning, StringComparison.Ordinal);
        Assert.Contains("4k7qxzmb2hf8yd3nq0vw5t9cz9", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(TagId, warning, StringComparison.Ordinal);
        var ids = (await LatestAsync(site, ArticleId))!.GetPartJson("Article")!["Tags"]!["ContentItemIds"]!.AsArray();
        Assert.Equal([TagId, "4k7qxzmb2hf8yd3nq0vw5t9cz9"], ids.Select(n => (string)n!));
    }

    [Fact]
    public async Task The_editor_still_refuses_a_picker_naming_a_missing_item()
    {
        await using var site = await ModuleSite.StartAsync();
        await RunAsync(site, Recipe());
        var result = await site.WithContentAsync(async cm =>
        {
            var item = await cm.NewAsync("Article");
            item.GetOrCreatePartJson("TitlePart")["Title"] = "Housing";
            item.GetOrCreatePartJson("Article")["Tags"] = new JsonObject { ["ContentItemIds"] = new JsonArray("4k7qxzmb2hf8yd3nq0vw5t9cz9") };
            return await cm.CreateAsync(item, VersionOptions.Published);
        });

        Assert.False(result.Succeeded);
        Assert.Contains("does not exist", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_import_in_the_forms_Orchard_reads()
    {
        await using var site = await ModuleSite.StartAsync();
        await RunAsync(site, Recipe(Article("""
            "TitlePart": { "Title": "Housing" }, "Article": { "Day": { "Value": "2024-5-5" }, "At": { "Value": "2024-5-5 22:50:58" } }
            """)));

        var part = (await LatestAsync(site, ArticleId))!.GetPartJson("Article")!;
        Assert.Equal("2024-05-05T00:00:00Z", (string?)part["Day"]!["Value"]);
        Assert.Equal("2024-05-05T22:50:58Z", (string?)part["At"]!["Value"]);
    }

    [Fact]
    public async Task A_date_no_form_reads_is_refused_naming_the_field()
    {
        await using var site = await ModuleSite.StartAsync();
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, Recipe(Article("""
            "TitlePart": { "Title": "Housing" }, "Article": { "At": { "Value": "next Tuesday" } }
            """))));

        Assert.Contains("At", error.Message, StringComparison.Ordinal);
        Assert.Null(await LatestAsync(site, ArticleId));
    }

    [Fact]
    public async Task Sanitizing_follows_the_part_setting_and_the_import_reports_what_it_removed()
    {
        await using var site = await ModuleSite.StartAsync();
        const string EmbedId = "4k7qxzmb2hf8yd3nq0vw5t9ce1";
        const string Iframe = "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>";
        var result = await RunAsync(site, Recipe(
            Article("""
                "TitlePart": { "Title": "Housing" }, "HtmlBodyPart": { "Html": "<p onclick=\"steal()\">Body</p><script>steal()</script>" }
                """),
            $$"""
            { "ContentItemId": "{{EmbedId}}", "ContentType": "Embed", "DisplayText": "Video", "Latest": true, "Published": true,
              "HtmlBodyPart": { "Html": "{{Iframe.Replace("\"", "\\\"", StringComparison.Ordinal)}}" } }
            """));

        var report = Assert.Single(result.Warnings);
        Assert.Contains(ArticleId, report, StringComparison.Ordinal);
        Assert.Contains("HtmlBodyPart.Html", report, StringComparison.Ordinal);
        Assert.Contains("<script>", report, StringComparison.Ordinal);
        Assert.Contains("onclick", report, StringComparison.Ordinal);
        Assert.Equal("<p>Body</p>", (string?)(await LatestAsync(site, ArticleId))!.GetPartJson("HtmlBodyPart")!["Html"]);
        Assert.Equal(Iframe, (string?)(await LatestAsync(site, EmbedId))!.GetPartJson("HtmlBodyPart")!["Html"]);
    }

    [Fact]
    public async Task An_item_without_a_ContentItemId_is_refused_as_Orchard_refuses_it_and_nothing_is_kept()
    {
        await using var site = await ModuleSite.StartAsync();
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, Recipe(
            Article("""
                "TitlePart": { "Title": "Housing" }
                """),
            """{ "ContentType": "Tag", "DisplayText": "No id", "Latest": true, "Published": true }""")));

        Assert.Contains("item 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("no ContentItemId", error.Message, StringComparison.Ordinal);
        Assert.Null(await LatestAsync(site, ArticleId));
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Article")));
    }

    [Fact]
    public async Task The_content_manager_throws_for_an_item_without_a_ContentItemId()
    {
        await using var site = await ModuleSite.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            site.WithContentAsync(cm => cm.ImportAsync(ContentItem.FromJson("""{ "ContentType": "Tag", "Latest": true }"""))));
        Assert.Contains("ContentItemId", error.Message, StringComparison.Ordinal);
    }
}
