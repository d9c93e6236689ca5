using System.Globalization;
using System.Text;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>
/// A measure's points as RFC 4180 CSV (header row, CRLF, quotes doubled). Stands in until the
/// Measures capability's MeasureSeriesExport lands; then the endpoint uses that writer instead.
/// </summary>
public static class MeasureCsv
{
    public const string Header = "period,value,note";

    public static string Write(IEnumerable<PlanMeasurePoint> points)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var point in points)
        {
            csv.Append(Cell(point.Period)).Append(',')
                .Append(point.Value?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
                .Append(Cell(point.Note)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // A spreadsheet runs a cell starting with = + - @ as a formula: editors' text must stay text.
        var safe = "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
