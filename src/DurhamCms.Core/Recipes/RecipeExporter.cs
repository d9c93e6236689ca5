using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Recipes;

/// <summary>
/// Writes a recipe the executor reads back: a ContentDefinition step with the chosen types and
/// the parts they use, then a Content step with the published version of each of their items
/// (and their drafts, when asked).
/// </summary>
public sealed class RecipeExporter(DurhamDbContext db, IContentDefinitionManager definitions) : IRecipeExporter
{
    public async Task<JsonObject> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken = default)
    {
        var items = await LoadItemsAsync(request, cancellationToken);
        var steps = new JsonArray();
        if (request.IncludeDefinitions)
        {
            var typeNames = request.ContentTypes.Count > 0 || request.ContentItemIds.Count == 0
                ? request.ContentTypes
                : [];
            steps.Add(await DefinitionStepAsync(typeNames.Concat(items.Select(i => i.ContentType)).ToList(), everything: request.ContentTypes.Count == 0 && request.ContentItemIds.Count == 0));
        }

        steps.Add(new JsonObject
        {
            ["name"] = "Content",
            ["Data"] = new JsonArray(items.Select(i => (JsonNode)i.ToJson()).ToArray()),
        });

        return new JsonObject
        {
            ["name"] = request.Name,
            ["displayName"] = request.DisplayName ?? request.Name,
            ["description"] = request.Description ?? "",
            ["author"] = request.Author ?? "",
            ["version"] = request.Version,
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
    }

    private async Task<JsonObject> DefinitionStepAsync(IReadOnlyCollection<string> typeNames, bool everything)
    {
        var record = await definitions.LoadRecordAsync();
        var wanted = new HashSet<string>(typeNames, StringComparer.OrdinalIgnoreCase);
        var types = record.ContentTypeDefinitionRecords.Where(t => everything || wanted.Contains(t.Name)).ToList();
        var partNames = new HashSet<string>(types.SelectMany(t => t.ContentTypePartDefinitionRecords).Select(p => p.PartName), StringComparer.OrdinalIgnoreCase);
        var parts = record.ContentPartDefinitionRecords.Where(p => everything || partNames.Contains(p.Name)).ToList();
        return new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = new JsonArray(types.Select(t => (JsonNode)new JsonObject
            {
                ["Name"] = t.Name,
                ["DisplayName"] = t.DisplayName ?? t.Name,
                ["Settings"] = t.Settings.DeepClone(),
                ["ContentTypePartDefinitionRecords"] = new JsonArray(t.ContentTypePartDefinitionRecords.Select(p => (JsonNode)new JsonObject
                {
                    ["PartName"] = p.PartName,
                    ["Name"] = p.Name,
                    ["Settings"] = p.Settings.DeepClone(),
                }).ToArray()),
            }).ToArray()),
            ["ContentParts"] = new JsonArray(parts.Select(p => (JsonNode)new JsonObject
            {
                ["Name"] = p.Name,
                ["Settings"] = p.Settings.DeepClone(),
                ["ContentPartFieldDefinitionRecords"] = new JsonArray(p.ContentPartFieldDefinitionRecords.Select(f => (JsonNode)new JsonObject
                {
                    ["FieldName"] = f.FieldName,
                    ["Name"] = f.Name,
                    ["Settings"] = f.Settings.DeepClone(),
                }).ToArray()),
            }).ToArray()),
        };
    }

    /// <summary>
    /// The published version of each chosen item, as Orchard's deployment source writes, then its
    /// draft when asked for. An item with no published version is written as its latest version
    /// (or, removed or imported that way, its newest row), so every stored item is exported once.
    /// </summary>
    private async Task<List<ContentItem>> LoadItemsAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var types = request.ContentTypes.ToList();
        var ids = request.ContentItemIds.ToList();
        var rows = db.ContentItems.AsNoTracking();
        if (types.Count > 0 || ids.Count > 0)
        {
            rows = rows.Where(r => types.Contains(r.ContentType) || ids.Contains(r.ContentItemId));
        }

        var versions = await rows
            .Select(r => new { r.Id, r.ContentItemId, r.Latest, r.Published })
            .ToListAsync(cancellationToken);
        var chosen = new List<long>();
        var draftsWithheld = new HashSet<long>();
        foreach (var group in versions.GroupBy(v => v.ContentItemId))
        {
            var published = group.Where(v => v.Published).MaxBy(v => v.Id);
            var latest = group.Where(v => v.Latest).MaxBy(v => v.Id);
            if (published is null)
            {
                chosen.Add((latest ?? group.MaxBy(v => v.Id)!).Id);
                continue;
            }

            chosen.Add(published.Id);
            if (latest is not null && latest.Id != published.Id)
            {
                if (request.IncludeDrafts)
                {
                    chosen.Add(latest.Id);
                }
                else
                {
                    draftsWithheld.Add(published.Id);
                }
            }
        }

        chosen.Sort();
        var items = new List<ContentItem>(chosen.Count);

        // In slices: a SQL IN list has a parameter limit (SQLite: 32,766).
        foreach (var slice in chosen.Chunk(1000))
        {
            var documents = await db.ContentItems.AsNoTracking()
                .Where(r => slice.Contains(r.Id))
                .OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Content })
                .ToListAsync(cancellationToken);
            foreach (var document in documents)
            {
                var item = ContentItem.FromJson(document.Content);

                // Without its draft the published version is the item's latest in the recipe; a
                // site importing it would otherwise hold an item with no latest version to edit.
                if (draftsWithheld.Contains(document.Id))
                {
                    item.Latest = true;
                }

                items.Add(item);
            }
        }

        return items;
    }
}
