using System.Globalization;
using System.Text.RegularExpressions;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.StrategicPlan.Measures.Editor;

/// <summary>One row of the series table as typed: text, so what does not parse is shown back unchanged.</summary>
public sealed record MeasureRow(string Period, string Value, string Note)
{
    public bool IsBlank => Period.Length == 0 && Value.Length == 0 && Note.Length == 0;
}

/// <summary>
/// Reads the series table from a posted form: the rows in index order, then the rows pasted from
/// a spreadsheet, then the row action a no-JavaScript button asked for (add, remove, move).
/// Binding and re-display read the same rows in the same order, so a message about row 3 is
/// shown beside row 3.
/// </summary>
public static partial class MeasureSeriesForm
{
    public const string Paste = "Paste";

    public static string RowName(EditorContext context, int index, string property) => context.NameFor($"Points[{index}].{property}");

    public static List<MeasureRow> ReadRows(EditorContext context, IFormCollection form)
    {
        var prefix = context.NameFor("Points[");
        var indexes = new SortedSet<int>();
        foreach (var key in form.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && RowKey().Match(key[prefix.Length..]) is { Success: true } m
                && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < 10_000)
            {
                indexes.Add(index);
            }
        }

        var rows = indexes
            .Select(i => new MeasureRow(
                form[RowName(context, i, "Period")].ToString().Trim(),
                form[RowName(context, i, "Value")].ToString().Trim(),
                form[RowName(context, i, "Note")].ToString().Trim()))
            .Where(r => !r.IsBlank)
            .ToList();
        rows.AddRange(ParsePaste(form[context.NameFor(Paste)].ToString()));
        return rows;
    }

    /// <summary>
    /// Rows copied from a spreadsheet: one per line, cells split by tabs (or commas when a line
    /// has no tab), period then value then an optional note. A first line whose value is not a
    /// number (a header such as "Period  Value") is skipped.
    /// </summary>
    public static IReadOnlyList<MeasureRow> ParsePaste(string? text)
    {
        var rows = new List<MeasureRow>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var cells = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',').Select(c => c.Trim().Trim('"')).ToArray();
            var row = new MeasureRow(cells.ElementAtOrDefault(0) ?? "", cells.ElementAtOrDefault(1) ?? "", string.Join(", ", cells.Skip(2).Where(c => c.Length > 0)));
            if (rows.Count == 0 && !MeasurePeriod.TryParse(row.Period, out _, out _)
                && !decimal.TryParse(row.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Applies "add", "remove:2", "up:2" or "down:2"; anything else leaves the rows as they are.</summary>
    public static void ApplyAction(List<MeasureRow> rows, string? action)
    {
        var parts = (action ?? "").Split(':');
        var index = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        switch (parts[0])
        {
            case "add":
                rows.Add(new MeasureRow("", "", ""));
                break;
            case "remove" when index >= 0 && index < rows.Count:
                rows.RemoveAt(index);
                break;
            case "up" when index > 0 && index < rows.Count:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                break;
            case "down" when index >= 0 && index < rows.Count - 1:
                (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
                break;
        }
    }

    [GeneratedRegex(@"^([0-9]{1,5})\]\.(Period|Value|Note)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowKey();
}
