using System.Text.Json.Nodes;

namespace DurhamCms.AdminMenu.Models;

/// <summary>The node kinds of Orchard's admin menus this site shows, by the short name of their <c>$type</c>.</summary>
internal static class AdminMenuNodes
{
    public const string Link = "LinkAdminNode";
    public const string Placeholder = "PlaceholderAdminNode";
    public const string ContentTypes = "ContentTypesAdminNode";

    /// <summary>"OrchardCore.AdminMenu.AdminNodes.LinkAdminNode, OrchardCore.AdminMenu" is a LinkAdminNode.</summary>
    public static string KindOf(JsonObject node)
    {
        var type = node["$type"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        var name = type.Split(',')[0].Trim();
        return name[(name.LastIndexOf('.') + 1)..];
    }

    public static string? Text(JsonObject node, string property) =>
        node[property] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    public static bool Enabled(JsonObject node) => node["Enabled"] is not JsonValue v || !v.TryGetValue<bool>(out var enabled) || enabled;

    public static IEnumerable<JsonObject> Items(JsonObject node, string property = "Items") =>
        (node[property] as JsonArray ?? []).OfType<JsonObject>();
}
