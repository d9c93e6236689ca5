using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DurhamCms.ContentManagement;

/// <summary>The one set of JSON options for Orchard-shaped documents: PascalCase names as written, case-insensitive reads.</summary>
public static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>For settings written from code: unset settings stay absent rather than stored as null.</summary>
    public static readonly JsonSerializerOptions WithoutNulls = new(Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json, NodeOptions, DocumentOptions) as JsonObject
        ?? throw new JsonException("Expected a JSON object.");

    public static T? ToObject<T>(this JsonNode? node) => node is null ? default : node.Deserialize<T>(Options);

    public static JsonObject FromObject(object value, JsonSerializerOptions? options = null) =>
        JsonSerializer.SerializeToNode(value, value.GetType(), options ?? Options) as JsonObject
        ?? throw new JsonException($"{value.GetType().Name} did not serialize to a JSON object.");

    /// <summary>Deep copy that keeps case-insensitive property lookup.</summary>
    public static JsonObject CloneObject(this JsonObject source) => ParseObject(source.ToJsonString(Options));
}
