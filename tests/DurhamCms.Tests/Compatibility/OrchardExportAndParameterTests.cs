using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Export as Orchard's deployment source writes it; parameters and failed expressions as Orchard treats them.</summary>
public sealed class OrchardExportAndParameterTests
{
    private const string NoteType = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note",
          "Settings": { "ContentTypeSettings": { "Draftable": true } },
          "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ] }
        """;

    [Fact]
    public async Task Export_writes_the_published_version_and_the_draft_only_when_asked()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync($$"""{ "steps": [ {{NoteType}} ] }""");
        var id = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync("Note");
            item.DisplayText = "Published text";
            Assert.True((await cm.CreateAsync(item, VersionOptions.Published)).Succeeded);
            var draft = (await cm.GetAsync(item.ContentItemId, VersionOptions.DraftRequired))!;
            draft.DisplayText = "Draft text";
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
            return item.ContentItemId;
        });

        var published = Items(await ExportAsync(site, new RecipeExportRequest()));
        var withDrafts = Items(await ExportAsync(site, new RecipeExportRequest { IncludeDrafts = true }));

        var only = Assert.Single(published);
        Assert.Equal((id, "Published text", true, true), ((string)only["ContentItemId"]!, (string?)only["DisplayText"], (bool)only["Published"]!, (bool)only["Latest"]!));
        Assert.Equal(["Published text", "Draft text"], withDrafts.Select(i => (string?)i["DisplayText"]));
        Assert.Equal([(true, false), (false, true)], withDrafts.Select(i => ((bool)i["Published"]!, (bool)i["Latest"]!)));
    }

    [Fact]
    public async Task A_missing_parameter_reads_as_empty_as_in_Orchard()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var result = await site.RunAsync("""
            { "steps": [ { "name": "Content", "Data": [ {
              "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentType": "Note", "Latest": true, "Published": true,
              "DisplayText": "[js: 'by ' + parameters('AdminUsername') + '.']", "Owner": "[js: parameters('AdminUserId')]" } ] } ] }
            """);

        var item = Assert.Single(result.ImportedContent);
        Assert.Equal(("by .", ""), (item.DisplayText, item.Owner));
    }

    [Fact]
    public async Task A_failed_expression_is_never_stored_as_its_own_text_even_when_skipping()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var result = await site.RunAsync("""
            { "steps": [ { "name": "Content", "Data": [ {
              "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentType": "Note", "Latest": true, "Published": true,
              "Owner": "[js: no_such_function()]", "Author": "[js: parameters('AdminUsername')]" } ] } ] }
            """, new RecipeExecutionOptions { SkipUnsupportedSteps = true, Parameters = new Dictionary<string, string?> { ["AdminUsername"] = "admin" } });

        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("4k7qxzmb2hf8yd3nq0vw5t9cj1", VersionOptions.Latest));
        Assert.Null(stored!.Owner);
        Assert.Equal("admin", stored.Author);
        Assert.DoesNotContain("[js:", stored.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("no_such_function", StringComparison.Ordinal));
    }

    private static List<JsonObject> Items(JsonObject recipe) =>
        recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["Data"]!.AsArray().Select(i => i!.AsObject()).ToList();

    private static Task<JsonObject> ExportAsync(RecipeTestSite site, RecipeExportRequest request) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExporter>().ExportAsync(request));
}
