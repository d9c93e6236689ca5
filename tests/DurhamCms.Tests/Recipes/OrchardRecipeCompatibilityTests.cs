using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DurhamCms.Tests.Recipes;

/// <summary>
/// Orchard Core's own setup recipes, unchanged, are the compatibility suite: their definitions
/// and items must import, and export back as the file wrote them.
/// </summary>
public sealed partial class OrchardRecipeCompatibilityTests(ITestOutputHelper output)
{
    // Metadata the kernel fills in when a recipe leaves it out.
    private static readonly HashSet<string> KernelMetadata =
    [
        nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.CreatedUtc), nameof(ContentItem.ModifiedUtc),
        nameof(ContentItem.PublishedUtc), nameof(ContentItem.Owner), nameof(ContentItem.Author),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
    ];

    public static TheoryData<string> Recipes => new(OrchardRecipes.Files);

    [OrchardRecipesTheory]
    [MemberData(nameof(Recipes))]
    public async Task Orchard_recipe_imports_its_definitions_and_items_and_exports_them_as_written(string file)
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var path = OrchardRecipes.PathOf(file);
        var raw = RecipeReader.Read(await File.ReadAllTextAsync(path), file);

        var result = await site.RunFileAsync(path, OrchardRecipes.SetupOptions);

        foreach (var line in result.SkippedSteps.Select(s => s.ToString()).Concat(result.Warnings))
        {
            output.WriteLine(line);
        }

        var skipped = result.SkippedSteps.Select(s => s.Index).ToHashSet();
        Assert.DoesNotContain(result.SkippedSteps, s => s.Name == "themes");
        Assert.Equal(raw.Steps.Count, result.ExecutedSteps + result.SkippedSteps.Count);
        var executed = raw.Steps.Where((_, i) => !skipped.Contains(i)).ToList();

        await AssertDefinitionsAsync(site, executed, result.Warnings);
        await AssertItemsAsync(site, executed, result);
        AssertFileReferencesWarned(executed, result.Warnings);
    }

    private static async Task AssertDefinitionsAsync(RecipeTestSite site, List<JsonObject> steps, List<string> warnings)
    {
        var definitionSteps = steps.Where(s => Name(s) == "contentdefinition").ToList();
        Assert.NotEmpty(definitionSteps);
        var record = await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().LoadRecordAsync());
        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            foreach (var step in definitionSteps)
            {
                foreach (var type in (step["ContentTypes"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var name = (string)type["Name"]!;
                    var definition = await definitions.GetTypeDefinitionAsync(name);
                    Assert.True(definition is not null, $"type {name} was not defined");
                    Assert.Equal((string?)type["DisplayName"] ?? name, definition.DisplayName);
                    var stored = record.ContentTypeDefinitionRecords.Single(t => t.Name == name);
                    CheckSettings(type, stored.Settings, $"{name}.Settings", warnings);
                    foreach (var part in (type["ContentTypePartDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        var partName = (string)part["Name"]!;
                        var storedPart = stored.ContentTypePartDefinitionRecords.SingleOrDefault(p => p.Name == partName);
                        Assert.True(storedPart is not null, $"type {name} lacks its part {partName}");
                        Assert.Equal((string)part["PartName"]!, storedPart.PartName);
                        Assert.NotNull(definition.FindPart(partName));
                        CheckSettings(part, storedPart.Settings, $"{name}.{partName}.Settings", warnings);
                    }
                }

                foreach (var part in (step["ContentParts"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var name = (string)part["Name"]!;
                    var stored = record.ContentPartDefinitionRecords.SingleOrDefault(p => p.Name == name);
                    Assert.True(stored is not null, $"part {name} was not defined");
                    CheckSettings(part, stored.Settings, $"{name}.Settings", warnings);
                    var definition = (await definitions.GetPartDefinitionAsync(name))!;
                    foreach (var field in (part["ContentPartFieldDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        var fieldName = (string)field["Name"]!;
                        var storedField = stored.ContentPartFieldDefinitionRecords.SingleOrDefault(f => f.Name == fieldName);
                        Assert.True(storedField is not null, $"part {name} lacks its field {fieldName}");
                        Assert.Equal((string)field["FieldName"]!, storedField.FieldName);
                        Assert.Contains(definition.Fields, f => f.Name == fieldName && f.FieldName == storedField.FieldName);
                        CheckSettings(field, storedField.Settings, $"{name}.{fieldName}.Settings", warnings);
                    }
                }
            }
        });
    }

    private static async Task AssertItemsAsync(RecipeTestSite site, List<JsonObject> steps, RecipeResult result)
    {
        var rawItems = steps.Where(s => Name(s) == "content")
            .SelectMany(s => (s["Data"] as JsonArray ?? []).OfType<JsonObject>())
            .ToList();
        Assert.NotEmpty(rawItems);
        Assert.Equal(rawItems.Count, result.ImportedContent.Count);

        var ids = result.ImportedContent.Select(i => i.ContentItemId).ToList();
        Assert.All(ids, id => Assert.True(IdGenerator.IsValid(id), $"{id} is not an Orchard id"));
        var export = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExporter>().ExportAsync(new RecipeExportRequest
        {
            ContentItemIds = ids,
            IncludeDefinitions = false,
        }));
        var exported = ((JsonArray)export["steps"]![0]!["Data"]!).OfType<JsonObject>()
            .ToDictionary(i => (string)i["ContentItemId"]!);

        for (var i = 0; i < rawItems.Count; i++)
        {
            var imported = result.ImportedContent[i].ToJson();
            Assert.True(exported.TryGetValue(result.ImportedContent[i].ContentItemId, out var item), $"item {i + 1} was not stored");
            var path = $"item {i + 1} ({result.ImportedContent[i].ContentType})";
            foreach (var (name, value) in rawItems[i])
            {
                if (value is null && KernelMetadata.Contains(name))
                {
                    continue;
                }

                Assert.True(item.ContainsKey(name), $"{path}.{name} was not exported");
                Check(value, item[name], $"{path}.{name}", result.Warnings, imported[name]);
            }

            var extra = item.Select(p => p.Key).Where(k => !rawItems[i].ContainsKey(k) && !KernelMetadata.Contains(k)).ToList();
            Assert.True(extra.Count == 0, $"{path} exported properties the file does not have: {string.Join(", ", extra)}");
        }
    }

    /// <summary>Every [file:...] a step that ran refers to either worked or is named in a warning (the Snippets were not copied).</summary>
    private static void AssertFileReferencesWarned(List<JsonObject> steps, List<string> warnings)
    {
        foreach (var step in steps)
        {
            foreach (Match match in FileReference().Matches(step.ToJsonString()))
            {
                var file = match.Groups["path"].Value;
                Assert.Contains(warnings, w => w.Contains(file, StringComparison.Ordinal) && w.Contains("was not found", StringComparison.Ordinal));
            }
        }
    }

    // A definition without "Settings" is stored with empty ones.
    private static void CheckSettings(JsonObject definition, JsonObject stored, string path, List<string> warnings) =>
        Check(definition["Settings"] ?? new JsonObject(), stored, path, warnings);

    /// <summary>
    /// The stored or exported value matches what the recipe wrote. An expression matches its
    /// evaluated value (when known) or any value it was replaced by; one kept as written must
    /// have been named in a warning.
    /// </summary>
    private static void Check(JsonNode? written, JsonNode? actual, string path, List<string> warnings, JsonNode? evaluated = null)
    {
        switch (written)
        {
            case JsonValue v when v.TryGetValue<string>(out var text) && RecipeExpressionEvaluator.IsExpression(text):
                if (evaluated is not null || actual is null)
                {
                    JsonAssert.Equal(evaluated, actual, path);
                }

                if (actual is JsonValue a && a.TryGetValue<string>(out var kept) && kept == text)
                {
                    Assert.True(warnings.Any(w => w.Contains(text.Length > 60 ? text[..60] : text, StringComparison.Ordinal)), $"{path}: {text} was kept without a warning");
                }

                break;
            case JsonObject o:
                var actualObject = actual as JsonObject ?? throw new XunitException($"{path}: expected an object, found {actual?.ToJsonString() ?? "null"}");
                foreach (var (name, value) in o)
                {
                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} is missing");
                    Check(value, actualObject[name], $"{path}.{name}", warnings, evaluated?[name]);
                }

                var extra = actualObject.Select(p => p.Key).Where(k => !o.ContainsKey(k)).ToList();
                Assert.True(extra.Count == 0, $"{path} has properties the recipe does not: {string.Join(", ", extra)}");
                break;
            case JsonArray array:
                var actualArray = actual as JsonArray ?? throw new XunitException($"{path}: expected an array, found {actual?.ToJsonString() ?? "null"}");
                Assert.Equal(array.Count, actualArray.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], actualArray[i], $"{path}[{i}]", warnings, (evaluated as JsonArray)?[i]);
                }

                break;
            default:
                JsonAssert.Equal(written, actual, path);
                break;
        }
    }

    private static string Name(JsonObject step) => RecipeDocument.StepName(step).ToLowerInvariant();

    [GeneratedRegex(@"\[file:\s*text\('(?<path>[^']+)'\)\]")]
    private static partial Regex FileReference();
}
