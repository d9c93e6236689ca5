using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using static DurhamCms.StrategicPlan.Measures.MeasureText;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// A measure's data as open-data downloads: CSV (RFC 4180) and JSON. Served at
/// /api/measures/{contentItemId}.csv and .json; the same data as the chart and its table.
/// </summary>
public static class MeasureSeriesExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    // Every Unicode letter kept readable; markup-significant characters are still escaped.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>"period,label,value,note" then one line per point, in the series' order; CRLF line ends.</summary>
    public static string ToCsv(MeasureSeriesField series)
    {
        var csv = new StringBuilder("period,label,value,note\r\n");
        foreach (var point in series.Points ?? [])
        {
            // The value is a number we format ourselves: "-5" is data, not a formula, so it is not prefixed.
            csv.Append(Cell(point.Period)).Append(',')
                .Append(Cell(point.Label)).Append(',')
                .Append(Number(point.Value)).Append(',')
                .Append(Cell(point.Note)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary><c>{"measure": title, "unit", "target", "betterDirection", "points": [{"period", "label", "value", "note"}]}</c>.</summary>
    public static string ToJson(string title, MeasureSeriesField series)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("measure", title);
            json.WriteString("unit", series.Unit);
            WriteNumberOrNull(json, "target", series.Target);
            json.WriteString("betterDirection", series.BetterDirection?.ToLowerInvariant());
            json.WriteStartArray("points");
            foreach (var point in series.Points ?? [])
            {
                json.WriteStartObject();
                json.WriteString("period", point.Period);
                json.WriteString("label", point.Label);
                json.WriteNumber("value", point.Value);
                json.WriteString("note", point.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// One RFC 4180 cell. Text starting with = + - @ (or a tab or carriage return) would run as a
    /// formula in a spreadsheet, so it gets a leading single quote, as OWASP advises.
    /// </summary>
    private static string Cell(string? text)
    {
        var value = text ?? "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
