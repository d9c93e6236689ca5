using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.Recipes;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Models;

namespace DurhamCms.Search.Recipes;

/// <summary>
/// Reads an index profile from a recipe, in Orchard's current form or its legacy Lucene form,
/// refusing what this site cannot index with a message naming the step, the index and the field.
/// </summary>
internal static class IndexProfileReader
{
    /// <summary><c>{ Name, IndexName, ProviderName, Type, Properties: { ContentIndexMetadata, LuceneIndexMetadata, ...QueryMetadata } }</c>.</summary>
    public static IndexProfile Read(RecipeStepContext context, JsonObject json, int position)
    {
        var name = Text(context, json, "Name", position) ?? throw context.Error($"index {position} has no \"Name\".");
        var where = $"index \"{name}\"";
        var provider = Text(context, json, "ProviderName", position) ?? IndexProfile.LuceneProvider;
        if (!string.Equals(provider, IndexProfile.LuceneProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw context.Error($"{where}: \"ProviderName\" is '{provider}'; this site indexes with 'Lucene' only.");
        }

        var type = Text(context, json, "Type", position) ?? IndexProfile.ContentType;
        if (!string.Equals(type, IndexProfile.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw context.Error($"{where}: \"Type\" is '{type}'; this site indexes 'Content' only.");
        }

        var properties = json["Properties"] switch
        {
            null => new JsonObject(),
            JsonObject o => o,
            _ => throw context.Error($"{where}: \"Properties\" must be an object."),
        };
        var content = Object(context, properties, "ContentIndexMetadata", where);
        var lucene = Object(context, properties, "LuceneIndexMetadata", where);
        var query = properties.FirstOrDefault(p => p.Key.EndsWith("QueryMetadata", StringComparison.OrdinalIgnoreCase)).Value as JsonObject ?? new JsonObject();
        var profile = new IndexProfile
        {
            Id = Text(context, json, "Id", position) ?? "",
            Name = name,
            IndexName = IndexName(context, Text(context, json, "IndexName", position) ?? name, where),
            ProviderName = IndexProfile.LuceneProvider,
            Type = IndexProfile.ContentType,
        };
        Fill(context, profile, content, lucene, query, where);
        return profile;
    }

    /// <summary>Orchard's legacy <c>lucene-index</c> entry: <c>{ "Search": { AnalyzerName, IndexLatest, IndexedContentTypes, Culture, StoreSourceData } }</c>.</summary>
    public static IndexProfile ReadLegacy(RecipeStepContext context, string name, JsonNode? settings)
    {
        var where = $"index \"{name}\"";
        if (settings is not JsonObject json)
        {
            throw context.Error($"{where}: its settings must be an object with \"IndexedContentTypes\".");
        }

        var profile = new IndexProfile { Name = name, IndexName = IndexName(context, name, where) };
        Fill(context, profile, json, json, json, where);
        return profile;
    }

    private static void Fill(RecipeStepContext context, IndexProfile profile, JsonObject content, JsonObject lucene, JsonObject query, string where)
    {
        var types = Strings(context, content, "IndexedContentTypes", where);
        if (types.Count == 0)
        {
            throw context.Error($"{where}: \"IndexedContentTypes\" must list at least one content type.");
        }

        var analyzer = Text(context, lucene, "AnalyzerName", where) ?? "english";
        if (!SearchAnalyzers.IsKnown(analyzer))
        {
            throw context.Error($"{where}: \"AnalyzerName\" is '{analyzer}'; use 'standard' (or Orchard's 'standardanalyzer') or 'english'.");
        }

        profile.Properties.ContentIndexMetadata = new ContentIndexMetadata
        {
            IndexedContentTypes = [.. types],
            IndexLatest = Bool(context, content, "IndexLatest", where),
            Culture = Text(context, content, "Culture", where) ?? "any",
        };
        profile.Properties.LuceneIndexMetadata = new LuceneIndexMetadata
        {
            AnalyzerName = analyzer,
            StoreSourceData = Bool(context, lucene, "StoreSourceData", where),
        };
        profile.Properties.LuceneIndexDefaultQueryMetadata = new LuceneIndexDefaultQueryMetadata
        {
            DefaultSearchFields = [.. Strings(context, query, "DefaultSearchFields", where)],
        };
    }

    private static string IndexName(RecipeStepContext context, string name, string where) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw context.Error($"{where}: \"IndexName\" '{name}' must be 1 to 64 letters, digits, '-' or '_' (it names a folder).");

    private static JsonObject Object(RecipeStepContext context, JsonObject parent, string property, string where) => parent[property] switch
    {
        null => new JsonObject(),
        JsonObject o => o,
        _ => throw context.Error($"{where}: \"{property}\" must be an object."),
    };

    private static string? Text(RecipeStepContext context, JsonObject json, string property, object where) => json[property] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s ? s.Trim() : null,
        _ => throw context.Error($"{Where(where)}\"{property}\" must be a string."),
    };

    private static bool Bool(RecipeStepContext context, JsonObject json, string property, string where) => json[property] switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw context.Error($"{where}: \"{property}\" must be true or false."),
    };

    private static List<string> Strings(RecipeStepContext context, JsonObject json, string property, string where) => json[property] switch
    {
        null => [],
        JsonArray array => array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s
                ? s
                : throw context.Error($"{where}: \"{property}\" lists names; {n?.ToJsonString() ?? "null"} is not one."))
            .ToList(),
        _ => throw context.Error($"{where}: \"{property}\" must be an array."),
    };

    private static string Where(object where) => where switch
    {
        int position => $"index {position}: ",
        string text => $"{text}: ",
        _ => "",
    };
}
