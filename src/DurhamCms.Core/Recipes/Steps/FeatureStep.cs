using System.Text.Json.Nodes;
using DurhamCms.Documents;
using DurhamCms.Modules;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Feature" step: <c>enable</c> and <c>disable</c> list feature ids. Modules are
/// compiled into this host, so a feature is only recorded. One <see cref="OrchardFeatureMap"/>
/// says is not available here, or that nothing provides, is refused, naming why (or, when skipping
/// what is unsupported, named in a warning and left out).
/// </summary>
internal sealed class FeatureStep(IDocumentStore documents, ModuleCatalog? catalog = null) : IRecipeStepHandler
{
    private readonly ModuleCatalog _catalog = catalog ?? new ModuleCatalog([]);

    public IReadOnlyCollection<string> StepNames { get; } = ["Feature"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var enable = Names(context, "enable");
        var disable = Names(context, "disable");
        // Only what is enabled is judged: disabling a feature this site lacks changes nothing.
        var requested = enable.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problems = new List<string>();
        foreach (var feature in requested)
        {
            switch (OrchardFeatureMap.Find(_catalog, feature, out var reason))
            {
                case FeatureAvailability.Unavailable:
                    problems.Add($"{feature} is not available in DurhamCms ({reason})");
                    break;
                case FeatureAvailability.Unknown:
                    problems.Add($"{feature} is provided by no module of this site");
                    break;
            }
        }

        if (problems.Count > 0)
        {
            var list = string.Join("; ", problems);
            if (!context.Options.SkipUnsupportedSteps)
            {
                throw context.Error($"{list}.");
            }

            context.Warn($"not enabled: {list}.");
        }

        // Disabled first, then enabled, as Orchard does: a feature in both lists ends up enabled.
        var document = await documents.GetAsync<FeaturesDocument>(FeaturesDocument.DocumentKey);
        var enabled = new List<string>(document.Enabled);
        enabled.RemoveAll(f => disable.Contains(f, StringComparer.OrdinalIgnoreCase));
        foreach (var feature in enable.Where(f => OrchardFeatureMap.Find(_catalog, f, out _) == FeatureAvailability.Provided))
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
