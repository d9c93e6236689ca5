using System.Text.Json.Nodes;
using DurhamCms.Metadata;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "DeleteContentDefinition" step: <c>ContentTypes: ["Name"]</c>, <c>ContentParts: ["Name"]</c>.
/// Deleting a type deletes only the type, as Orchard's step does: a part of the same name stays
/// until the step lists it under ContentParts. A deleted part leaves every type that used it.
/// </summary>
internal sealed class DeleteContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["DeleteContentDefinition"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var types = Names(context, "ContentTypes");
        if (types.Count > 0)
        {
            var record = await definitions.LoadRecordAsync();
            record.ContentTypeDefinitionRecords.RemoveAll(t => types.Contains(t.Name, StringComparer.OrdinalIgnoreCase));
            await definitions.SaveRecordAsync(record);
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
