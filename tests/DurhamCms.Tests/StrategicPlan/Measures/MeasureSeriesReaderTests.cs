using System.Text.Json.Nodes;
using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

public sealed class MeasureSeriesReaderTests
{
    [Fact]
    public void A_stored_series_with_odd_rows_reads_without_them_instead_of_failing()
    {
        var json = JsonNode.Parse("""
            {"Unit": "attendees", "ChartKind": 3, "Target": "30", "Points": [
              {"Period": "2023-07", "Value": 23}, {"Period": "2023-08", "Value": "abc"}, null, {"Value": 5}, {"Period": "2023-09", "Value": "17", "Note": "ok"}
            ]}
            """);

        var series = MeasureSeriesReader.Read(json);

        Assert.Equal("attendees", series.Unit);
        Assert.Equal(MeasureSeriesField.Bar, series.ChartKind);
        Assert.Equal(30m, series.Target);
        Assert.Equal(["2023-07", "2023-09"], series.Points.Select(p => p.Period));
        Assert.Equal([23m, 17m], series.Points.Select(p => p.Value));
        Assert.Equal("ok", series.Points[1].Note);
    }

    [Fact]
    public void An_absent_series_reads_as_empty()
    {
        Assert.Empty(MeasureSeriesReader.Read(null).Points);
        Assert.Empty(MeasureSeriesReader.Read(JsonValue.Create("text")).Points);
    }
}
