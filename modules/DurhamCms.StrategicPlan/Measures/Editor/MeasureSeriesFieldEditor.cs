using System.Globalization;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.StrategicPlan.Measures.Editor;

/// <summary>
/// The measure series as a table of period, value and note rows, with the unit, chart kind,
/// target and better direction above it. Rows are added, removed and moved with buttons that
/// post the form (the editor script does the same in the page), and rows pasted from a
/// spreadsheet are appended. Values are written as typed when they are not numbers, so that
/// <see cref="MeasureSeriesValidator"/>, the one rule for editor, API and recipes, names the row.
/// </summary>
public sealed class MeasureSeriesFieldEditor : IContentFieldEditor
{
    /// <summary>Blank rows shown under the data, ready to type into without JavaScript.</summary>
    public const int BlankRows = 2;

    public const int MaxNoteLength = 500;

    /// <summary>The checkbox "I confirm this value is correct", shown when a value was refused as far outside its series.</summary>
    public const string ConfirmOutliers = "ConfirmOutliers";

    public string FieldType => nameof(MeasureSeriesField);

    public EditorShape Build(EditorContext context)
    {
        List<MeasureRow> rows;
        string? unit, chartKind, target, direction;
        if (context.Form is { } form && form.ContainsKey(context.NameFor(nameof(MeasureSeriesField.Unit))))
        {
            rows = MeasureSeriesForm.ReadRows(context, form);
            MeasureSeriesForm.ApplyAction(rows, context.RequestedAction);
            unit = context.Posted(nameof(MeasureSeriesField.Unit));
            chartKind = context.Posted(nameof(MeasureSeriesField.ChartKind));
            target = context.Posted(nameof(MeasureSeriesField.Target));
            direction = context.Posted(nameof(MeasureSeriesField.BetterDirection));
        }
        else
        {
            var json = Stored(context);
            rows = (json?["Points"] as JsonArray ?? []).Select(p => new MeasureRow(Text(p?["Period"]), Text(p?["Value"]), Text(p?["Note"]))).ToList();
            unit = Text(json?["Unit"]);
            chartKind = json is null ? MeasureSeriesField.Bar : Text(json["ChartKind"]);
            target = Text(json?["Target"]);
            direction = Text(json?["BetterDirection"]);
        }

        var prefix = $"{context.Member}.Points[";
        var rowErrors = context.Errors
            .Where(e => e.Member.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .ToLookup(e => int.TryParse(e.Member[prefix.Length..].TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1, e => e.Message);
        return new EditorShape("~/Views/Editors/MeasureSeriesField.cshtml", new MeasureSeriesEditorModel(context)
        {
            Hint = $"One row per period; {MeasurePeriod.Formats}. Values are plain numbers (23 or 4.5).",
            Unit = unit,
            ChartKind = chartKind,
            Target = target,
            BetterDirection = direction,
            Rows = rows.Concat(Enumerable.Repeat(new MeasureRow("", "", ""), BlankRows)).ToList(),
            RowErrors = rowErrors,
            SeriesErrors = context.Errors.Where(e => !e.Member.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message).Distinct().ToList(),
            AsksConfirmation = context.Errors.Any(e => e.Member.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && MeasureOutliers.AsksConfirmation(e.Message)),
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (!form.ContainsKey(context.NameFor(nameof(MeasureSeriesField.Unit))))
        {
            return;
        }

        var rows = MeasureSeriesForm.ReadRows(context, form);
        var unit = form[context.NameFor(nameof(MeasureSeriesField.Unit))].ToString().Trim();
        if (unit.Length > EditorLimits.SingleLine)
        {
            result.Fail(context.Member, EditorLimits.TooLong($"The unit of {context.Label}", unit.Length, EditorLimits.SingleLine));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Note.Length > MaxNoteLength)
            {
                result.Fail($"{context.Member}.Points[{i}]", $"Row {i + 1}: the note is too long: {rows[i].Note.Length:N0} characters, at most {MaxNoteLength} fit.");
            }
        }

        var series = Stored(context)?.DeepClone() as JsonObject ?? new JsonObject();
        series["Unit"] = unit.Length == 0 ? null : unit;
        series["ChartKind"] = NullIfEmpty(form[context.NameFor(nameof(MeasureSeriesField.ChartKind))].ToString()) ?? MeasureSeriesField.Bar;
        series["Target"] = NumberOrText(form[context.NameFor(nameof(MeasureSeriesField.Target))].ToString().Trim());
        series["BetterDirection"] = NullIfEmpty(form[context.NameFor(nameof(MeasureSeriesField.BetterDirection))].ToString());
        // A value confirmed before stays confirmed while its period and value are unchanged.
        var confirmed = (Stored(context)?["Points"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(p => p["Confirmed"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
            .Select(p => (Text(p["Period"]), Text(p["Value"])))
            .ToHashSet();
        var points = new JsonArray(rows.Select(r => (JsonNode)Point(r, confirmed.Contains((r.Period, Text(NumberOrText(r.Value)))))).ToArray());
        if (form[context.NameFor(ConfirmOutliers)] == "true")
        {
            MeasureOutliers.ConfirmAll(points);
        }

        series["Points"] = points;
        context.Item.GetOrCreatePartJson(context.Part.Name)[context.Field!.Name] = series;
    }

    private static JsonObject Point(MeasureRow row, bool confirmed)
    {
        var point = new JsonObject
        {
            ["Period"] = row.Period,
            ["Value"] = NumberOrText(row.Value),
            ["Note"] = row.Note.Length == 0 ? null : row.Note,
        };
        if (confirmed)
        {
            point["Confirmed"] = true;
        }

        return point;
    }

    private static JsonObject? Stored(EditorContext context) => context.Item.GetPartJson(context.Part.Name)?[context.Field!.Name] as JsonObject;

    /// <summary>A number when the text is one (invariant, as stored), else the text itself for the validator to name; null when empty.</summary>
    private static JsonValue? NumberOrText(string text) =>
        text.Length == 0 ? null
        : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) ? JsonValue.Create(value)
        : JsonValue.Create(text);

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number && v.TryGetValue<decimal>(out var d) => MeasureText.Number(d),
        _ => node.ToJsonString(),
    };
}

public sealed class MeasureSeriesEditorModel(EditorContext context) : EditorModel(context, nameof(MeasureSeriesField.Unit))
{
    public string? Unit { get; init; }
    public string? ChartKind { get; init; }
    public string? Target { get; init; }
    public string? BetterDirection { get; init; }
    public IReadOnlyList<MeasureRow> Rows { get; init; } = [];
    public ILookup<int, string> RowErrors { get; init; } = Array.Empty<string>().ToLookup(_ => 0);
    public IReadOnlyList<string> SeriesErrors { get; init; } = [];

    /// <summary>A row was refused as far outside the series: the editor offers "I confirm this value is correct".</summary>
    public bool AsksConfirmation { get; init; }

    public string RowName(int index, string property) => MeasureSeriesForm.RowName(Context, index, property);

    public string RowId(int index, string property) => EditorContext.ToId(RowName(index, property));

    public string Action(string action) => $"{Context.Member}:{action}";
}
