using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Models;

/// <summary>Reads the plan's fields from an item's JSON (the shapes are Orchard's field shapes).</summary>
public static class PlanFields
{
    public static string? Text(this ContentItem item, string field) =>
        item.GetPartJson(item.ContentType)?[field]?["Text"] is { } node && node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;

    public static string? Html(this ContentItem item, string field) =>
        item.GetPartJson(item.ContentType)?[field]?["Html"] is { } node && node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;

    public static decimal? Number(this ContentItem item, string field) =>
        item.GetPartJson(item.ContentType)?[field]?["Value"] is { } node && node.GetValueKind() == System.Text.Json.JsonValueKind.Number ? node.GetValue<decimal>() : null;

    /// <summary>The first picked item id of a content picker field.</summary>
    public static string? PickedId(this ContentItem item, string field) =>
        item.GetPartJson(item.ContentType)?[field]?["ContentItemIds"] is System.Text.Json.Nodes.JsonArray { Count: > 0 } ids
            && ids[0] is { } first && first.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? first.GetValue<string>()
            : null;
}
