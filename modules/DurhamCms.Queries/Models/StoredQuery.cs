using System.Text.Json.Nodes;

namespace DurhamCms.Queries.Models;

/// <summary>
/// One stored query as this site reads it. <c>Public</c> is our addition (Orchard ignores it): a
/// public query runs for anyone; any other needs <see cref="Permissions.ExecuteApiAll"/>. <c>Index</c>
/// is the Lucene index a Lucene query runs on.
/// </summary>
public sealed record StoredQuery(string Name, string Source, string Template, bool ReturnContentItems, bool Public, string? Index = null)
{
    public const string Sql = "Sql";
    public const string Lucene = "Lucene";

    public static StoredQuery? From(JsonObject json)
    {
        if (Text(json, "Name") is not { } name)
        {
            return null;
        }

        return new StoredQuery(name, Text(json, "Source") ?? "", Text(json, "Template") ?? "", Flag(json, "ReturnContentItems"), Flag(json, "Public"), Text(json, "Index"));
    }

    private static string? Text(JsonObject json, string property) =>
        json[property] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    private static bool Flag(JsonObject json, string property) => json[property] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
