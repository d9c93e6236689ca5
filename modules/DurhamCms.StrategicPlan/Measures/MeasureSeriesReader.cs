using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// Reads a stored series for display and downloads without ever throwing: validation keeps bad
/// rows out of new saves, but a page or an open-data file must not fail on one odd row stored
/// before a rule existed. Rows without a period or a numeric value are left out.
/// </summary>
public static class MeasureSeriesReader
{
    /// <summary>The series of <paramref name="item"/>'s field, e.g. <c>Read(item, "KeyMeasure", "Series")</c>; empty when absent.</summary>
    public static MeasureSeriesField Read(ContentItem item, string partName, string fieldName) =>
        Read(item.GetPartJson(partName)?[fieldName]);

    public static MeasureSeriesField Read(JsonNode? json)
    {
        if (json is not JsonObject source)
        {
            return new MeasureSeriesField();
        }

        var series = new MeasureSeriesField
        {
            Unit = Text(source["Unit"]),
            ChartKind = Text(source["ChartKind"]) ?? MeasureSeriesField.Bar,
            Target = MeasureSeriesValidator.TryReadNumber(source["Target"], out var target) ? target : null,
            BetterDirection = Text(source["BetterDirection"]),
        };
        foreach (var row in (source["Points"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (Text(row["Period"]) is { } period && MeasureSeriesValidator.TryReadNumber(row["Value"], out var value))
            {
                series.Points.Add(new MeasurePoint { Period = period, Value = value, Note = Text(row["Note"]) });
            }
        }

        return series;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
