using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Reads the ContentTypes and ContentParts of a definition step (Orchard's record shapes) and
/// checks their field types. Shared by ContentDefinition and ReplaceContentDefinition.
/// </summary>
internal static class DefinitionStepReader
{
    public static List<ContentTypeDefinitionRecord> ReadTypes(RecipeStepContext context)
    {
        var types = new List<ContentTypeDefinitionRecord>();
        foreach (var (json, position) in Objects(context, "ContentTypes"))
        {
            var name = Text(json["Name"]) ?? throw context.Error($"content type {position} has no Name.");
            var type = new ContentTypeDefinitionRecord
            {
                Name = name,
                DisplayName = Text(json["DisplayName"]),
                Settings = Settings(json),
            };
            foreach (var (partJson, partPosition) in Objects(context, json, "ContentTypePartDefinitionRecords", $"content type '{name}'"))
            {
                // Orchard's builder throws for a part without its PartName (the part definition it
                // uses); guessing it from Name would silently attach the wrong part.
                var partName = Text(partJson["PartName"])
                    ?? throw context.Error($"part {partPosition} ({Text(partJson["Name"]) ?? "no Name"}) of content type '{name}' has no PartName (the content part it uses).");
                type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinitionRecord
                {
                    PartName = partName,
                    Name = Text(partJson["Name"]) ?? partName,
                    Settings = Settings(partJson),
                });
            }

            types.Add(type);
        }

        return types;
    }

    public static List<ContentPartDefinitionRecord> ReadParts(RecipeStepContext context)
    {
        var parts = new List<ContentPartDefinitionRecord>();
        foreach (var (json, position) in Objects(context, "ContentParts"))
        {
            var name = Text(json["Name"]) ?? throw context.Error($"content part {position} has no Name.");
            var part = new ContentPartDefinitionRecord { Name = name, Settings = Settings(json) };
            foreach (var (fieldJson, fieldPosition) in Objects(context, json, "ContentPartFieldDefinitionRecords", $"content part '{name}'"))
            {
                var fieldName = Text(fieldJson["Name"]) ?? throw context.Error($"field {fieldPosition} of content part '{name}' has no Name.");
                part.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinitionRecord
                {
                    Name = fieldName,
                    FieldName = Text(fieldJson["FieldName"]) ?? throw context.Error($"field '{name}.{fieldName}' has no FieldName (its field type)."),
                    Settings = Settings(fieldJson),
                });
            }

            parts.Add(part);
        }

        return parts;
    }

    /// <summary>
    /// A field whose type no module provides cannot be edited, displayed or validated. It is
    /// refused, unless the run skips what it does not support: then the field is still stored,
    /// so definitions from an Orchard site (MediaField, TaxonomyField) keep their shape.
    /// </summary>
    public static void CheckFieldTypes(RecipeStepContext context, IEnumerable<ContentPartDefinitionRecord> parts, IReadOnlySet<string> knownFieldTypes)
    {
        foreach (var part in parts)
        {
            foreach (var field in part.ContentPartFieldDefinitionRecords.Where(f => !knownFieldTypes.Contains(f.FieldName)))
            {
                var problem = $"the field '{field.Name}' of content part '{part.Name}' has the type '{field.FieldName}', which no module of this site provides";
                if (!context.Options.SkipUnsupportedSteps)
                {
                    throw context.Error(problem + ".");
                }

                context.Warn(problem + "; the field was stored but cannot be edited or displayed.");
            }
        }
    }

    public static HashSet<string> KnownFieldTypes(IEnumerable<ContentFieldTypeRegistration> registrations) =>
        new(registrations.Select(r => r.Name), StringComparer.OrdinalIgnoreCase);

    /// <summary>Gives each part a type uses a definition of its own when it has none, as Orchard does.</summary>
    public static void AddMissingPartDefinitions(ContentDefinitionRecord record)
    {
        var known = new HashSet<string>(record.ContentPartDefinitionRecords.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var part in record.ContentTypeDefinitionRecords.SelectMany(t => t.ContentTypePartDefinitionRecords))
        {
            if (known.Add(part.PartName))
            {
                record.ContentPartDefinitionRecords.Add(new ContentPartDefinitionRecord { Name = part.PartName });
            }
        }
    }

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(JsonObject Json, int Position)> Objects(RecipeStepContext context, string property) =>
        Objects(context, context.Step, property, "the step");

    private static IEnumerable<(JsonObject Json, int Position)> Objects(RecipeStepContext context, JsonObject owner, string property, string ownerName)
    {
        switch (owner[property])
        {
            case null:
                yield break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array[i] as JsonObject ?? throw context.Error($"entry {i + 1} of {property} in {ownerName} is not a JSON object."), i + 1);
                }

                break;
            default:
                throw context.Error($"{property} in {ownerName} must be an array.");
        }
    }

    private static JsonObject Settings(JsonObject json) => json["Settings"] switch
    {
        JsonObject settings => settings.CloneObject(),
        _ => new JsonObject(ContentJson.NodeOptions),
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
