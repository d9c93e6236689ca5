using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>The seed page's measure: Engaged City attendees, July to December 2023.</summary>
public static class MeasureSamples
{
    public const string Title = "Engaged City Attendees";

    public static MeasureSeriesField EngagedCity(string chartKind = MeasureSeriesField.Bar, decimal? target = null) => new()
    {
        Unit = "attendees",
        ChartKind = chartKind,
        Target = target,
        BetterDirection = MeasureSeriesField.Up,
        Points =
        [
            new() { Period = "2023-07", Value = 23 },
            new() { Period = "2023-08", Value = 24 },
            new() { Period = "2023-09", Value = 17 },
            new() { Period = "2023-10", Value = 16 },
            new() { Period = "2023-11", Value = 19 },
            new() { Period = "2023-12", Value = 32, Note = "First meeting after the holiday schedule" },
        ],
    };
}
