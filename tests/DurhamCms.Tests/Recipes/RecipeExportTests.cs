using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace DurhamCms.Tests.Recipes;

public sealed class RecipeExportTests
{
    private const string Definitions = """
        { "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Initiative", "DisplayName": "Initiative", "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "Initiative", "Name": "Initiative", "Settings": { "ContentTypePartSettings": { "Position": "1" } } } ] },
            { "Name": "Priority", "DisplayName": "Priority", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ],
          "ContentParts": [
            { "Name": "Initiative", "Settings": { "ContentPartSettings": { "Description": "An initiative" } },
              "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Number", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Number" } } } ] },
            { "Name": "TitlePart", "Settings": { "ContentPartSettings": { "Attachable": true } } } ] }
        """;

    [Fact]
    public async Task An_export_imported_into_an_empty_site_reproduces_definitions_and_items()
    {
        await using var source = await RecipeTestSite.CreateAsync();
        await source.RunAsync($$"""{ "steps": [ {{Definitions}} ] }""");
        var ids = await source.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var published = await NewAsync(cm, "Initiative", "Affordable housing");
            Assert.True((await cm.CreateAsync(published, VersionOptions.Published)).Succeeded);
            var draft = (await cm.GetAsync(published.ContentItemId, VersionOptions.DraftRequired))!;
            draft.DisplayText = "Affordable housing (draft)";
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);

            var priority = await NewAsync(cm, "Priority", "Shared prosperity");
            Assert.True((await cm.CreateAsync(priority, VersionOptions.Draft)).Succeeded);
            return new[] { published.ContentItemId, priority.ContentItemId };
        });

        var export = await ExportAsync(source, new RecipeExportRequest { Name = "Durham export", IncludeDrafts = true });
        Assert.Equal("Durham export", (string?)export["name"]);
        Assert.False((bool)export["issetuprecipe"]!);

        await using var target = await RecipeTestSite.CreateAsync();
        var result = await target.RunAsync(export.ToJsonString());

        Assert.Empty(result.Warnings);
        Assert.Equal([ids[0], ids[0], ids[1]], result.ImportedContent.Select(i => i.ContentItemId));
        JsonAssert.Equal(export, await ExportAsync(target, new RecipeExportRequest { Name = "Durham export", IncludeDrafts = true }));
        var draftVersion = await target.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(ids[0], VersionOptions.Latest));
        Assert.Equal(("Affordable housing (draft)", true, false), (draftVersion!.DisplayText, draftVersion.Latest, draftVersion.Published));
    }

    [Fact]
    public async Task An_export_of_one_type_has_its_definition_the_parts_it_uses_and_only_its_items()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync($$"""{ "steps": [ {{Definitions}} ] }""");
        var priorityId = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var initiative = await NewAsync(cm, "Initiative", "Transit");
            await cm.CreateAsync(initiative, VersionOptions.Published);
            var priority = await NewAsync(cm, "Priority", "Safe communities");
            await cm.CreateAsync(priority, VersionOptions.Published);
            return priority.ContentItemId;
        });

        var export = await ExportAsync(site, new RecipeExportRequest { ContentTypes = ["Priority"] });

        var definition = export["steps"]![0]!;
        Assert.Equal(["Priority"], ((JsonArray)definition["ContentTypes"]!).Select(t => (string)t!["Name"]!));
        Assert.Equal(["TitlePart"], ((JsonArray)definition["ContentParts"]!).Select(p => (string)p!["Name"]!));
        var item = Assert.Single((JsonArray)export["steps"]![1]!["Data"]!);
        Assert.Equal(priorityId, (string)item!["ContentItemId"]!);
    }

    private static Task<JsonObject> ExportAsync(RecipeTestSite site, RecipeExportRequest request) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExporter>().ExportAsync(request));

    private static async Task<ContentItem> NewAsync(IContentManager cm, string type, string title)
    {
        var item = await cm.NewAsync(type);
        item.DisplayText = title;
        item.GetOrCreatePartJson("TitlePart")["Title"] = title;
        if (type == "Initiative")
        {
            item.GetOrCreatePartJson("Initiative")["Number"] = new JsonObject { ["Text"] = "1.2" };
        }

        return item;
    }
}
