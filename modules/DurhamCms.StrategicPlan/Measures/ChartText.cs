using System.Globalization;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// The words a measure's chart and table say, in one culture: sentences through the site's string
/// localizer (the PO files), month names and numbers through the culture. <see cref="English"/> is
/// the text itself, as the interface is written in English.
/// </summary>
public sealed class ChartText(Func<string, string> translate, CultureInfo culture)
{
    public static ChartText English { get; } = new(s => s, CultureInfo.GetCultureInfo("en-US"));

    /// <summary>Every string the chart asks for, so a test can hold each one to a translation.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "Bar chart of {0} by {1}: ", "Line chart of {0} by {1}: ", "Bar chart of {0}: no data yet.", "Line chart of {0}: no data yet.",
        "Values in {0}.", "Target {0}.", "Target {0}", "Higher is better.", "Lower is better.", "Value", "month", "quarter", "fiscal year",
    ];

    public CultureInfo Culture => culture;

    public string this[string key, params object[] arguments] =>
        arguments.Length == 0 ? translate(key) : string.Format(culture, translate(key), arguments);

    /// <summary>The noun for the kind ("month", "mes").</summary>
    public string KindName(MeasurePeriodKind kind) => translate(MeasurePeriod.NameOf(kind));

    /// <summary>A point's period as residents read it: "July 2023" in English, "julio de 2023" in Spanish; fiscal periods as written.</summary>
    public string Label(MeasurePoint point) =>
        MeasurePeriod.TryParse(point.Period, out var period, out _) ? period.LabelIn(culture) : point.Period;

    public (string First, string Second) AxisLabel(MeasurePeriod period) => period.AxisLabelIn(culture);
}
