using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// Every rule of a measure series, written once: the field validator (saves, API writes, recipe
/// imports) and the admin editor call this, so all refuse the same input with the same words.
/// It reads the raw JSON rather than the typed field, so that text where a number belongs gives
/// a message naming the row instead of an exception.
/// </summary>
public static class MeasureSeriesValidator
{
    /// <summary>
    /// Enough for 40 years of months; beyond it a chart's bars are thinner than a pixel at
    /// 320 px wide and the table alone would break the 50 KB budget of an initiative page.
    /// </summary>
    public const int MaxPoints = 500;

    /// <summary>
    /// The problems of a series. Series-wide ones are filed under <paramref name="member"/> and start
    /// with <paramref name="displayName"/>; a row's under "{member}.Points[i]" and start with "Row i+1:".
    /// </summary>
    public static IReadOnlyList<ContentValidationError> Validate(JsonNode? json, string member, string displayName)
    {
        var errors = new List<ContentValidationError>();
        void Fail(string problem) => errors.Add(new ContentValidationError(member, $"{displayName} {problem}"));

        if (json is null)
        {
            return errors;
        }

        if (json is not JsonObject series)
        {
            Fail("must be a series with a unit, a chart kind and points.");
            return errors;
        }

        if (!IsTextOrNull(series["Unit"]))
        {
            Fail("unit must be text.");
        }

        if (series["ChartKind"] is { } kind && !IsOneOf(kind, MeasureSeriesField.Bar, MeasureSeriesField.Line))
        {
            Fail($"chart kind must be bar or line, not {Quote(kind)}.");
        }

        if (series["BetterDirection"] is { } direction && !IsOneOf(direction, MeasureSeriesField.Up, MeasureSeriesField.Down))
        {
            Fail($"better direction must be up, down or empty, not {Quote(direction)}.");
        }

        if (series["Target"] is { } target && !TryReadNumber(target, out _))
        {
            Fail($"target {Quote(target)} is not a number.");
        }

        switch (series["Points"])
        {
            case null:
                break;
            case JsonArray { Count: > MaxPoints } points:
                Fail($"has {points.Count} points; at most {MaxPoints} fit, so that its chart stays readable on a phone and its page stays light.");
                break;
            case JsonArray points:
                ValidatePoints(points, $"{member}.Points", errors);
                break;
            default:
                Fail("points must be a list of rows, each with a period and a value.");
                break;
        }

        return errors;
    }

    /// <summary>A number, or text that is one in plain decimal notation ("23", "-1.5"): what the typed field reads too.</summary>
    public static bool TryReadNumber(JsonNode? node, out decimal value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() switch
        {
            JsonValueKind.Number => v.TryGetValue(out value),
            JsonValueKind.String => decimal.TryParse(v.GetValue<string>(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static void ValidatePoints(JsonArray points, string member, List<ContentValidationError> errors)
    {
        var seen = new Dictionary<MeasurePeriod, int>();
        (MeasurePeriodKind Kind, int Row)? seriesKind = null;
        for (var i = 0; i < points.Count; i++)
        {
            var row = i + 1;
            void Fail(string problem) => errors.Add(new ContentValidationError($"{member}[{i}]", $"Row {row}: {problem}"));

            if (points[i] is not JsonObject point)
            {
                Fail("give a period and a value.");
                continue;
            }

            var periodNode = point["Period"];
            if (periodNode is JsonValue text && text.GetValueKind() == JsonValueKind.String || periodNode is null)
            {
                if (!MeasurePeriod.TryParse(periodNode?.GetValue<string>(), out var period, out var reason))
                {
                    Fail(reason);
                }
                else if (seen.TryGetValue(period, out var first))
                {
                    Fail($"{period.Label} is already in row {first}; each period appears once.");
                }
                else if (seriesKind is { } kind && kind.Kind != period.Kind)
                {
                    Fail($"{period.Label} is a {period.KindName}, but row {kind.Row} is a {MeasurePeriod.NameOf(kind.Kind)}; keep one series to one kind of period.");
                }
                else
                {
                    seen[period] = row;
                    seriesKind ??= (period.Kind, row);
                }
            }
            else
            {
                Fail($"{Quote(periodNode)} is not a period; {MeasurePeriod.Formats}.");
            }

            if (point["Value"] is not { } value)
            {
                Fail("the value is missing.");
            }
            else if (!TryReadNumber(value, out _))
            {
                Fail($"the value {Quote(value)} is not a number.");
            }

            if (!IsTextOrNull(point["Note"]))
            {
                Fail("the note must be text.");
            }
        }
    }

    private static bool IsTextOrNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.String;

    private static bool IsOneOf(JsonNode node, params string[] allowed) =>
        node.GetValueKind() == JsonValueKind.String && allowed.Contains(node.GetValue<string>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The offending input as the editor typed it, cut short so a pasted essay does not fill the message.</summary>
    private static string Quote(JsonNode? node)
    {
        var text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString() ?? "null";
        return $"'{(text.Length > 40 ? text[..40] + "…" : text)}'";
    }
}
