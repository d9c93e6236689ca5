using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Recipes;

/// <summary>A parsed recipe file: its header, its raw variables and its steps, expressions not yet evaluated.</summary>
public sealed class RecipeDocument(RecipeDescriptor descriptor, JsonObject variables, IReadOnlyList<JsonObject> steps)
{
    public RecipeDescriptor Descriptor { get; } = descriptor;
    public JsonObject Variables { get; } = variables;
    public IReadOnlyList<JsonObject> Steps { get; } = steps;

    /// <summary>The step's name as written ("content", "ContentDefinition").</summary>
    public static string StepName(JsonObject step) => step["name"] is JsonValue v && v.TryGetValue<string>(out var name) ? name : "";
}

/// <summary>
/// Reads recipe files the way Orchard does: comments skipped, trailing commas allowed, every
/// property name matched case-insensitively ("issetuprecipe", "data" as well as "Data").
/// </summary>
public static class RecipeReader
{
    public static RecipeDocument Read(string json, string sourceName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, ContentJson.NodeOptions, ContentJson.DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw InvalidJson(sourceName, ex);
        }

        if (root is not JsonObject recipe)
        {
            throw new RecipeException($"{sourceName}: a recipe is a JSON object with a \"steps\" array.");
        }

        var steps = new List<JsonObject>();
        switch (recipe["steps"])
        {
            case null:
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    steps.Add(array[i] as JsonObject
                        ?? throw new RecipeException($"{sourceName}: step {i + 1} is not a JSON object."));
                }

                break;
            default:
                throw new RecipeException($"{sourceName}: \"steps\" must be an array.");
        }

        var variables = recipe["variables"] switch
        {
            null => new JsonObject(ContentJson.NodeOptions),
            JsonObject v => v,
            _ => throw new RecipeException($"{sourceName}: \"variables\" must be an object."),
        };

        return new RecipeDocument(ReadDescriptor(recipe), variables, steps);
    }

    /// <summary>The refusal of a recipe that is not JSON, naming the line and column.</summary>
    internal static RecipeException InvalidJson(string sourceName, JsonException ex)
    {
        // The reader counts from 0; editors count lines and columns from 1.
        var line = (ex.LineNumber ?? 0) + 1;
        var column = (ex.BytePositionInLine ?? 0) + 1;
        return new RecipeException($"{sourceName}: the recipe is not valid JSON at line {line}, column {column}: {FirstSentence(ex.Message)}", ex);
    }

    private static RecipeDescriptor ReadDescriptor(JsonObject recipe) => new()
    {
        Name = Text(recipe["name"]) ?? "",
        DisplayName = Text(recipe["displayName"]),
        Description = Text(recipe["description"]),
        Author = Text(recipe["author"]),
        WebSite = Text(recipe["website"]),
        Version = Text(recipe["version"]),
        IsSetupRecipe = recipe["issetuprecipe"] is JsonValue flag
            && (flag.TryGetValue<bool>(out var b) ? b : bool.TryParse(Text(flag), out var parsed) && parsed),
        Categories = Texts(recipe["categories"]),
        Tags = Texts(recipe["tags"]),
    };

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static string[] Texts(JsonNode? node) =>
        node is JsonArray array ? array.Select(Text).OfType<string>().ToArray() : [];

    // System.Text.Json appends "Path: $ | LineNumber: 3 | BytePositionInLine: 4." which we already say better.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
