using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Content" step: <c>Data</c> is an array of content items in Orchard's JSON, each
/// imported with its ids through the content manager, so validation and handlers run as for
/// any other import. As in Orchard, an item needs its ContentItemId, and a version id given twice
/// in one step is imported once, the first time. Items come in batches: one query per batch
/// finds which are already stored, and the rest (a fresh import's every item) skip the
/// per-item lookups an update needs. Only one batch of items is in memory at a time.
/// </summary>
internal sealed class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions, DurhamDbContext db, ContentImportJournal? journal = null) : IRecipeStepHandler
{
    /// <summary>Items looked up together; at 500 ids a lookup is one small query on either database.</summary>
    internal const int BatchSize = 500;

    // New items' rows wait (DbContext.DeferWrites) and are saved together every this many items,
    // or sooner when a handler queries; each save scans every tracked row for changes, so the
    // tracker is cleared after it, which keeps a 100,000-item recipe linear.
    private const int SaveInterval = 10;

    public IReadOnlyCollection<string> StepNames { get; } = ["Content"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var run = new StepRun(context);
        var batch = new List<(int Number, JsonObject Json)>(BatchSize);
        var number = 0;
        await foreach (var node in ItemsAsync(context))
        {
            number++;
            if (node is not JsonObject json)
            {
                throw context.Error($"item {number} of Data is not a JSON object.");
            }

            batch.Add((number, json));
            if (batch.Count == BatchSize)
            {
                await ImportBatchAsync(batch, run);
                batch.Clear();
            }
        }

        await ImportBatchAsync(batch, run);
    }

    private static async IAsyncEnumerable<JsonNode?> ItemsAsync(RecipeStepContext context)
    {
        if (context.StreamedData is { } streamed)
        {
            await foreach (var item in streamed)
            {
                yield return item;
            }

            yield break;
        }

        switch (context.Step["Data"])
        {
            case null:
                yield break;
            case JsonArray array:
                foreach (var item in array)
                {
                    yield return item;
                }

                break;
            default:
                throw context.Error("Data must be an array of content items.");
        }
    }

    private async Task ImportBatchAsync(List<(int Number, JsonObject Json)> batch, StepRun run)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var context = run.Context;
        var items = new List<(int Number, JsonObject Json, ContentItem Item)>(batch.Count);
        foreach (var (number, json) in batch)
        {
            items.Add((number, json, await ReadAsync(number, json, context)));
        }

        var stored = await StoredAsync(items.Select(i => i.Item).ToList());
        journal?.BeginBatch(items.Select(i => i.Item.ContentItemId).Where(id => !stored.Contains(id)));
        var importer = contentManager as IContentImporter;
        using var deferral = db.DeferWrites();
        foreach (var (number, json, item) in items)
        {
            run.FirstUnsaved ??= number;
            if (!string.IsNullOrEmpty(item.ContentItemVersionId) && !run.VersionIds.Add(item.ContentItemVersionId))
            {
                context.Warn($"item {number} ({Describe(json)}) repeats version {item.ContentItemVersionId}; the first one was kept, as Orchard does.");
                continue;
            }

            if (!run.Defined.ContainsKey(item.ContentType))
            {
                var known = await definitions.GetTypeDefinitionAsync(item.ContentType) is not null;
                run.Defined[item.ContentType] = known;
                if (!known)
                {
                    context.Warn($"content type '{item.ContentType}' has no definition on this site; its items were imported as they are.");
                }
            }

            // Kept before the import changes it (a path made unique, HTML sanitized).
            var asGiven = context.Options.KeepImportedContent ? ContentItem.FromJson(json) : null;

            // Neither stored before this batch nor imported earlier in it: nothing to merge
            // into, demote or conflict with, so the content manager skips those lookups.
            var unstored = importer is not null
                && !stored.Contains(item.ContentItemId)
                && (string.IsNullOrEmpty(item.ContentItemVersionId) || !stored.Contains(item.ContentItemVersionId));
            stored.Add(item.ContentItemId);
            ContentValidationResult validation;
            try
            {
                validation = unstored ? await importer!.ImportUnstoredAsync(item) : await contentManager.ImportAsync(item);
            }
            catch (DbUpdateException ex)
            {
                // Deferred rows are written before a handler's query, so they may be earlier items'.
                throw WriteFailed(run, number, json, ex);
            }

            if (validation.Succeeded)
            {
                journal?.Imported(item, unstored);
            }
            if (!validation.Succeeded)
            {
                throw context.Error($"item {number} ({Describe(json)}) is invalid: {validation}");
            }

            foreach (var note in journal?.TakeNotes() ?? [])
            {
                context.Warn($"item {number} ({Describe(json)}): {note}");
            }

            context.Result.ImportedContentCount++;
            if (asGiven is not null)
            {
                context.Result.ImportedContent.Add(asGiven);
            }

            if (++run.SinceClear == SaveInterval)
            {
                await SaveAsync(run, number, json);
            }
        }

        await SaveAsync(run, items[^1].Number, items[^1].Json);
    }

    /// <summary>Writes what the last items left (their deferred rows, handlers' indexing tasks) and forgets it.</summary>
    private async Task SaveAsync(StepRun run, int number, JsonObject json)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex)
        {
            throw WriteFailed(run, number, json, ex);
        }

        db.ChangeTracker.Clear();
        run.SinceClear = 0;
        run.FirstUnsaved = null;
    }

    private static RecipeException WriteFailed(StepRun run, int number, JsonObject json, DbUpdateException ex)
    {
        var cause = ex.GetBaseException().Message;
        var first = run.FirstUnsaved ?? number;
        return first == number
            ? run.Context.Error($"item {number} ({Describe(json)}) could not be written: {cause}", ex)
            : run.Context.Error($"items {first} to {number} could not be written (they are saved together; item {number} is {Describe(json)}): {cause}", ex);
    }

    private async Task<ContentItem> ReadAsync(int number, JsonObject json, RecipeStepContext context)
    {
        ContentItem item;
        try
        {
            item = ContentItem.FromJson(json);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            throw context.Error($"item {number} ({Describe(json)}) is not a content item in Orchard's format: {ex.Message}", ex);
        }

        // The content manager imports an item of an undefined type without validating it,
        // and an item without a type is of no type at all: ask for its verdict first.
        if (string.IsNullOrWhiteSpace(item.ContentType))
        {
            throw context.Error($"item {number} ({Describe(json)}) is invalid: {await contentManager.ValidateAsync(item)}");
        }

        // Orchard's import throws here too: an id made up now would make a new item on every run.
        if (string.IsNullOrWhiteSpace(item.ContentItemId))
        {
            throw context.Error($"item {number} ({Describe(json)}) has no ContentItemId; give it one (e.g. \"[js: uuid()]\").");
        }

        return item;
    }

    /// <summary>
    /// The batch's item ids and version ids that are already stored, in one query. Compared
    /// ignoring case: a false match only sends an item down the slower, checking path.
    /// </summary>
    private async Task<HashSet<string>> StoredAsync(List<ContentItem> items)
    {
        var itemIds = items.Select(i => i.ContentItemId).Distinct().ToList();
        var versionIds = items.Select(i => i.ContentItemVersionId).Where(v => !string.IsNullOrEmpty(v)).Distinct().ToList();
        var rows = await db.ContentItems.AsNoTracking()
            .Where(r => itemIds.Contains(r.ContentItemId) || versionIds.Contains(r.ContentItemVersionId))
            .Select(r => new { r.ContentItemId, r.ContentItemVersionId })
            .ToListAsync();
        var stored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            stored.Add(row.ContentItemId);
            stored.Add(row.ContentItemVersionId);
        }

        return stored;
    }

    private static string Describe(JsonObject json) =>
        $"{Text(json["ContentType"]) ?? "no ContentType"} {Text(json["ContentItemId"]) ?? "without ContentItemId"}";

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>What one step remembers across its batches.</summary>
    private sealed class StepRun(RecipeStepContext context)
    {
        public RecipeStepContext Context { get; } = context;
        public Dictionary<string, bool> Defined { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> VersionIds { get; } = new(StringComparer.OrdinalIgnoreCase);
        public int SinceClear { get; set; }

        /// <summary>The first item whose rows may not be written yet.</summary>
        public int? FirstUnsaved { get; set; }
    }
}
