using System.Text.Json;
using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

public sealed class MeasureSeriesExportTests
{
    [Fact]
    public void Csv_has_a_header_then_one_row_per_point_in_order()
    {
        var lines = MeasureSeriesExport.ToCsv(MeasureSamples.EngagedCity()).Split("\r\n");

        Assert.Equal(
        [
            "period,label,value,note",
            "2023-07,July 2023,23,",
            "2023-08,August 2023,24,",
            "2023-09,September 2023,17,",
            "2023-10,October 2023,16,",
            "2023-11,November 2023,19,",
            "2023-12,December 2023,32,First meeting after the holiday schedule",
            "",
        ], lines);
    }

    [Fact]
    public void Csv_quotes_cells_with_commas_quotes_and_line_breaks()
    {
        var series = new MeasureSeriesField
        {
            Points =
            [
                new() { Period = "FY2025", Value = 1.50m, Note = "Low, as \"expected\"" },
                new() { Period = "FY2026", Value = 2, Note = "Two\nlines" },
            ],
        };

        Assert.Equal(
            "period,label,value,note\r\nFY2025,FY2025,1.5,\"Low, as \"\"expected\"\"\"\r\nFY2026,FY2026,2,\"Two\nlines\"\r\n",
            MeasureSeriesExport.ToCsv(series));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain", "plain")]
    public void Csv_neutralises_text_a_spreadsheet_would_run_as_a_formula(string note, string cell)
    {
        var series = new MeasureSeriesField { Points = [new() { Period = "FY2025", Value = -5, Note = note }] };

        Assert.Equal($"FY2025,FY2025,-5,{cell}", MeasureSeriesExport.ToCsv(series).Split("\r\n")[1]);
    }

    [Fact]
    public void Json_has_the_measure_and_its_points()
    {
        using var json = JsonDocument.Parse(MeasureSeriesExport.ToJson("Engaged City <Attendees>", MeasureSamples.EngagedCity(target: 30)));
        var root = json.RootElement;

        Assert.Equal("Engaged City <Attendees>", root.GetProperty("measure").GetString());
        Assert.Equal("attendees", root.GetProperty("unit").GetString());
        Assert.Equal(30m, root.GetProperty("target").GetDecimal());
        Assert.Equal("up", root.GetProperty("betterDirection").GetString());
        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(6, points.Count);
        Assert.Equal("2023-07", points[0].GetProperty("period").GetString());
        Assert.Equal("July 2023", points[0].GetProperty("label").GetString());
        Assert.Equal(23m, points[0].GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, points[0].GetProperty("note").ValueKind);
        Assert.Equal("First meeting after the holiday schedule", points[5].GetProperty("note").GetString());
    }

    [Fact]
    public void Json_writes_an_unset_target_and_direction_as_null()
    {
        using var json = JsonDocument.Parse(MeasureSeriesExport.ToJson("M", new MeasureSeriesField()));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("betterDirection").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("points").GetArrayLength());
    }
}
