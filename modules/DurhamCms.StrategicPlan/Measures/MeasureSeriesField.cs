using System.Text.Json.Serialization;
using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// A key measure's data, stored in its part under the field's name:
/// <c>{"Unit": "attendees", "ChartKind": "bar", "Target": 30, "BetterDirection": "up", "Points": [{"Period": "2023-07", "Value": 23, "Note": null}]}</c>.
/// Points keep the order editors gave them; <see cref="MeasureSeriesValidator"/> holds the rules.
/// </summary>
public sealed class MeasureSeriesField : ContentField
{
    public const string Bar = "bar";
    public const string Line = "line";
    public const string Up = "up";
    public const string Down = "down";

    /// <summary>What the values count, e.g. "attendees"; it labels the value axis and the table column.</summary>
    public string? Unit { get; set; }

    /// <summary>"bar" or "line".</summary>
    public string? ChartKind { get; set; } = Bar;

    public decimal? Target { get; set; }

    /// <summary>"up" when higher values are better, "down" when lower are, null when neither.</summary>
    public string? BetterDirection { get; set; }

    public List<MeasurePoint> Points { get; set; } = [];

    [JsonIgnore]
    public bool IsLine => string.Equals(ChartKind, Line, StringComparison.OrdinalIgnoreCase);
}

public sealed class MeasurePoint
{
    /// <summary>"2023-07" (a month), "FY2025 Q1" (a quarter) or "FY2025" (a fiscal year); see <see cref="MeasurePeriod"/>.</summary>
    public string Period { get; set; } = "";

    public decimal Value { get; set; }

    public string? Note { get; set; }

    /// <summary>The period's label ("July 2023"), or the text as stored when it does not parse.</summary>
    [JsonIgnore]
    public string Label => MeasurePeriod.TryParse(Period, out var period, out _) ? period.Label : Period;
}
