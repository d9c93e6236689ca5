using System.Text.Json.Nodes;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Recipes.Steps;

/// <summary>Orchard's "DeleteContentDefinition" step: <c>ContentTypes: ["Name"]</c>, <c>ContentParts: ["Name"]</c>.</summary>
internal sealed class DeleteContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["DeleteContentDefinition"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        foreach (var name in Names(context, "ContentTypes"))
        {
            await definitions.DeleteTypeDefinitionAsync(name);
        }

        foreach (var name in Names(context, "ContentParts"))
        {
            await definitions.DeletePartDefinitionAsync(name);
        }
    }

    private static List<string> Names(RecipeStepContext context, string property) => context.Step[property] switch
    {
        null => [],
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
                ? s
                : throw context.Error($"{property} lists names; {n?.ToJsonString() ?? "null"} is not one."))
            .ToList(),
        _ => throw context.Error($"{property} must be an array of names."),
    };
}
