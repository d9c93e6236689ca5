using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.Recipes;
using DurhamCms.Search.Indexing;

namespace DurhamCms.Search.Recipes;

/// <summary>
/// Orchard's <c>CreateOrUpdateIndexProfile</c> step, <c>{ "Indexes": [ { Name, IndexName, ProviderName, Type, Properties } ] }</c>,
/// and the legacy <c>lucene-index</c> step, <c>{ "Indices": [ { "Search": { IndexedContentTypes, ... } } ] }</c>.
/// </summary>
internal sealed class IndexProfileStep(IndexProfileStore profiles) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["CreateOrUpdateIndexProfile", "lucene-index"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var legacy = string.Equals(context.Name, "lucene-index", StringComparison.OrdinalIgnoreCase);
        var property = legacy ? "Indices" : "Indexes";
        if (context.Step[property] is not JsonArray entries)
        {
            throw context.Error($"\"{property}\" must be an array of index profiles.");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not JsonObject entry)
            {
                throw context.Error($"index {i + 1} must be an object.");
            }

            if (!legacy)
            {
                await profiles.SaveAsync(IndexProfileReader.Read(context, entry, i + 1));
                continue;
            }

            foreach (var (name, settings) in entry)
            {
                await profiles.SaveAsync(IndexProfileReader.ReadLegacy(context, name, settings));
            }
        }
    }
}

/// <summary>
/// Orchard's <c>RebuildIndex</c> and <c>ResetIndex</c> steps, <c>{ "IncludeAll": true }</c> or
/// <c>{ "IndexNames": ["Search"] }</c>, and the legacy <c>lucene-index-rebuild</c> / <c>lucene-index-reset</c>
/// with <c>{ "Indices": ["Search"] }</c>. Each node carries the request out in its background loop.
/// </summary>
internal sealed class IndexLifecycleStep(IndexProfileStore profiles) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["RebuildIndex", "ResetIndex", "lucene-index-rebuild", "lucene-index-reset"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var rebuild = context.Name.Contains("rebuild", StringComparison.OrdinalIgnoreCase);
        var includeAll = context.Step["IncludeAll"] switch
        {
            null => false,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            _ => throw context.Error("\"IncludeAll\" must be true or false."),
        };
        var property = context.Step["IndexNames"] is not null ? "IndexNames" : "Indices";
        var names = context.Step[property] switch
        {
            null => [],
            JsonArray array => array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s
                    ? s
                    : throw context.Error($"\"{property}\" lists index names; {n?.ToJsonString() ?? "null"} is not one."))
                .ToList(),
            _ => throw context.Error($"\"{property}\" must be an array of index names."),
        };
        if (!includeAll && names.Count == 0)
        {
            throw context.Error("name the indexes in \"IndexNames\" or set \"IncludeAll\": true.");
        }

        if (!includeAll && await profiles.UnknownAsync(names) is { Count: > 0 } unknown)
        {
            throw context.Error($"\"{property}\": no index profile is named {string.Join(", ", unknown.Select(n => $"'{n}'"))}.");
        }

        var chosen = includeAll ? null : names;
        _ = rebuild ? await profiles.RebuildAsync(chosen) : await profiles.ResetAsync(chosen);
    }
}
