using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>A key measure's series as stored: the MeasureSeriesField JSON {Unit, ChartKind, Target, BetterDirection, Points:[{Period, Value, Note}]}.</summary>
public sealed record MeasureSeriesData(string? Unit, string? ChartKind, decimal? Target, string? BetterDirection, IReadOnlyList<PlanMeasurePoint> Points)
{
    public static MeasureSeriesData Empty { get; } = new(null, null, null, null, []);

    /// <summary>Reads the Series field of a KeyMeasure; lenient, because open data must not fail on one odd row.</summary>
    public static MeasureSeriesData Read(ContentItem measure)
    {
        if (measure.GetPartJson(measure.ContentType)?[KeyMeasure.Series] is not JsonObject series)
        {
            return Empty;
        }

        var points = new List<PlanMeasurePoint>();
        if (Property(series, "Points") is JsonArray rows)
        {
            foreach (var row in rows.OfType<JsonObject>())
            {
                points.Add(new PlanMeasurePoint(Text(Property(row, "Period")) ?? "", Text(Property(row, "Label")), Number(Property(row, "Value")), Text(Property(row, "Note"))));
            }
        }

        return new MeasureSeriesData(
            Text(Property(series, "Unit")),
            Text(Property(series, "ChartKind")),
            Number(Property(series, "Target")),
            Text(Property(series, "BetterDirection")),
            points);
    }

    // Recipes are case-insensitive (Orchard's habit), so the field's properties may come in any case.
    private static JsonNode? Property(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static decimal? Number(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.Number => v.GetValue<decimal>(),
            JsonValueKind.String when decimal.TryParse(v.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        }
        : null;
}
