using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Content" step: <c>Data</c> is an array of content items in Orchard's JSON, each
/// imported with its ids through the content manager, so validation and handlers run as for
/// any other import. As in Orchard, an item needs its ContentItemId, and a version id given twice
/// in one step is imported once, the first time.
/// </summary>
internal sealed class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions, DurhamDbContext db, ContentImportJournal? journal = null) : IRecipeStepHandler
{
    // Every import leaves its rows tracked, and each SaveChanges scans every tracked row for
    // changes: clearing often keeps a 10,000-item recipe linear. The rows are already written.
    private const int TrackerClearInterval = 10;

    public IReadOnlyCollection<string> StepNames { get; } = ["Content"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var data = context.Step["Data"] switch
        {
            null => [],
            JsonArray array => array,
            _ => throw context.Error("Data must be an array of content items."),
        };

        var defined = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var versionIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw context.Error($"item {i + 1} of Data is not a JSON object.");
            }

            ContentItem item, asGiven;
            try
            {
                item = ContentItem.FromJson(json);
                asGiven = ContentItem.FromJson(json);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.Text.Json.JsonException)
            {
                throw context.Error($"item {i + 1} ({Describe(json)}) is not a content item in Orchard's format: {ex.Message}", ex);
            }

            // The content manager imports an item of an undefined type without validating it,
            // and an item without a type is of no type at all: ask for its verdict first.
            if (string.IsNullOrWhiteSpace(item.ContentType))
            {
                throw context.Error($"item {i + 1} ({Describe(json)}) is invalid: {await contentManager.ValidateAsync(item)}");
            }

            // Orchard's import throws here too: an id made up now would make a new item on every run.
            if (string.IsNullOrWhiteSpace(item.ContentItemId))
            {
                throw context.Error($"item {i + 1} ({Describe(json)}) has no ContentItemId; give it one (e.g. \"[js: uuid()]\").");
            }

            if (!string.IsNullOrEmpty(item.ContentItemVersionId) && !versionIds.Add(item.ContentItemVersionId))
            {
                context.Warn($"item {i + 1} ({Describe(json)}) repeats version {item.ContentItemVersionId}; the first one was kept, as Orchard does.");
                continue;
            }

            if (!defined.ContainsKey(item.ContentType))
            {
                var known = await definitions.GetTypeDefinitionAsync(item.ContentType) is not null;
                defined[item.ContentType] = known;
                if (!known)
                {
                    context.Warn($"content type '{item.ContentType}' has no definition on this site; its items were imported as they are.");
                }
            }

            var validation = await contentManager.ImportAsync(item);
            if (!validation.Succeeded)
            {
                throw context.Error($"item {i + 1} ({Describe(json)}) is invalid: {validation}");
            }

            foreach (var note in journal?.TakeNotes() ?? [])
            {
                context.Warn($"item {i + 1} ({Describe(json)}): {note}");
            }

            context.Result.ImportedContent.Add(asGiven);
            if ((i + 1) % TrackerClearInterval == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string Describe(JsonObject json) =>
        $"{Text(json["ContentType"]) ?? "no ContentType"} {Text(json["ContentItemId"]) ?? "without ContentItemId"}";

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
