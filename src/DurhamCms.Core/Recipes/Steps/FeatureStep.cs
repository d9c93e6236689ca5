using System.Text.Json.Nodes;
using DurhamCms.Documents;
using DurhamCms.Modules;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Feature" step: <c>enable</c> and <c>disable</c> list feature ids. Modules are
/// compiled into this host, so a feature is only recorded, and one no module provides is refused
/// (or, when skipping what is unsupported, named in a warning and left out).
/// </summary>
internal sealed class FeatureStep(IDocumentStore documents, ModuleCatalog? catalog = null) : IRecipeStepHandler
{
    private readonly ModuleCatalog _catalog = catalog ?? new ModuleCatalog([]);

    public IReadOnlyCollection<string> StepNames { get; } = ["Feature"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var enable = Names(context, "enable");
        var disable = Names(context, "disable");
        var unknown = enable.Concat(disable).Where(f => !_catalog.IsKnownFeature(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            var list = string.Join(", ", unknown);
            if (!context.Options.SkipUnsupportedSteps)
            {
                throw context.Error($"no module of this site provides these features: {list}.");
            }

            context.Warn($"no module of this site provides these features, so they were not enabled: {list}.");
        }

        // Disabled first, then enabled, as Orchard does: a feature in both lists ends up enabled.
        var document = await documents.GetAsync<FeaturesDocument>(FeaturesDocument.DocumentKey);
        var enabled = new List<string>(document.Enabled);
        enabled.RemoveAll(f => disable.Contains(f, StringComparer.OrdinalIgnoreCase));
        foreach (var feature in enable.Where(_catalog.IsKnownFeature))
        {
            if (!enabled.Contains(feature, StringComparer.OrdinalIgnoreCase))
            {
                enabled.Add(feature);
            }
        }

        document.Enabled = enabled;
        await documents.SaveAsync(FeaturesDocument.DocumentKey, document);
    }

    private static List<string> Names(RecipeStepContext context, string property) => context.Step[property] switch
    {
        null => [],
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
                ? s
                : throw context.Error($"\"{property}\" lists feature ids; {n?.ToJsonString() ?? "null"} is not one."))
            .ToList(),
        _ => throw context.Error($"\"{property}\" must be an array of feature ids."),
    };
}
