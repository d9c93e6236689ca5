using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>A measure against its target, in words, and the chart drawn in period order with its target legend clear of the values.</summary>
public sealed partial class MeasureStandingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static MeasureSeriesField Series(decimal? target, string? direction, params (string Period, decimal Value)[] points) => new()
    {
        Unit = "attendees",
        Target = target,
        BetterDirection = direction,
        Points = points.Select(p => new MeasurePoint { Period = p.Period, Value = p.Value }).ToList(),
    };

    [Theory]
    [InlineData(20, "up", 32, TargetState.OnTarget)]
    [InlineData(20, "up", 20, TargetState.OnTarget)]
    [InlineData(40, "up", 32, TargetState.OffTarget)]
    [InlineData(40, "down", 32, TargetState.OnTarget)]
    [InlineData(20, "down", 32, TargetState.OffTarget)]
    [InlineData(20, null, 32, TargetState.OnTarget)]
    [InlineData(40, null, 32, TargetState.OffTarget)]
    public void The_latest_value_is_on_or_off_target_by_the_direction(int target, string? direction, int latest, TargetState expected)
    {
        var standing = MeasureStanding.Of(Series(target, direction, ("2023-11", 19), ("2023-12", latest)));

        Assert.Equal(expected, standing.State);
        Assert.Equal(expected == TargetState.OnTarget ? "On target" : "Off target", MeasureSummary.State(standing, ChartText.English));
    }

    [Fact]
    public void A_series_without_a_target_or_without_data_has_no_target()
    {
        Assert.Equal(TargetState.NoTarget, MeasureStanding.Of(Series(null, "up", ("2023-12", 32))).State);
        Assert.Equal(TargetState.NoTarget, MeasureStanding.Of(Series(20, "up")).State);
        Assert.Equal("No target", MeasureSummary.State(MeasureStanding.Of(Series(null, "up", ("2023-12", 32))), ChartText.English));
        Assert.Null(MeasureSummary.Sentence(Series(20, "up"), ChartText.English));
    }

    [Fact]
    public void Latest_and_previous_come_from_the_periods_not_the_order_of_entry()
    {
        // December was entered first, a missed July last.
        var series = Series(20, "up", ("2023-12", 32), ("2023-08", 24), ("2023-11", 19), ("2023-07", 23));

        var standing = MeasureStanding.Of(series);

        Assert.Equal("2023-12", standing.Latest!.Period);
        Assert.Equal("2023-11", standing.Previous!.Period);
        Assert.Equal(13, standing.Change);
        Assert.Equal("Up 13 from November 2023", MeasureSummary.Change(standing, ChartText.English));
        Assert.Equal("Data as of December 2023", MeasureSummary.AsOf(standing, ChartText.English));
        Assert.Equal("32 attendees in December 2023, up from 19 in November 2023; the target is 20.", MeasureSummary.Sentence(series, ChartText.English));
    }

    [Fact]
    public void The_sentence_and_change_read_right_going_down_and_staying_level_and_for_lower_is_better()
    {
        var down = Series(25, "down", ("FY2025 Q1", 30), ("FY2024 Q4", 34.5m));
        Assert.Equal("30 attendees in FY2025 Q1, down from 34.5 in FY2024 Q4; the target is 25, and lower is better.", MeasureSummary.Sentence(down, ChartText.English));
        Assert.Equal("Down 4.5 from FY2024 Q4", MeasureSummary.Change(MeasureStanding.Of(down), ChartText.English));

        var level = Series(null, "up", ("2024-01", 7), ("2024-02", 7));
        Assert.Equal("7 attendees in February 2024, the same as in January 2024.", MeasureSummary.Sentence(level, ChartText.English));
        Assert.Equal("No change from January 2024", MeasureSummary.Change(MeasureStanding.Of(level), ChartText.English));

        var single = Series(null, "up", ("2024-01", 7));
        Assert.Null(MeasureSummary.Change(MeasureStanding.Of(single), ChartText.English));
        Assert.Equal("7 attendees in January 2024.", MeasureSummary.Sentence(single, ChartText.English));
    }

    [Fact]
    public void Each_state_has_its_own_icon_shape()
    {
        var icons = new[] { TargetState.OnTarget, TargetState.OffTarget, TargetState.NoTarget }.Select(MeasureSummary.IconSvg).ToList();

        Assert.Equal(3, icons.Distinct().Count());
        Assert.All(icons, i => Assert.Contains("aria-hidden=\"true\"", i, StringComparison.Ordinal));
    }

    [Fact]
    public void The_chart_draws_out_of_order_entries_in_period_order()
    {
        var svg = Render(Series(null, "up", ("2023-12", 32), ("2023-07", 23), ("2023-11", 19)));

        var values = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "values").Elements(Svg + "text").Select(t => t.Value);
        Assert.Equal(["23", "19", "32"], values);
        var bars = svg.Descendants(Svg + "rect").Select(r => (double)r.Attribute("height")!).ToList();
        Assert.True(bars[0] > bars[1] && bars[2] > bars[0]);
        Assert.Contains("by month: July 2023 23, November 2023 19, December 2023 32.", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_label_sits_above_the_plot_clear_of_every_value_label()
    {
        // The value at the very top of the scale, and the target right at it: the old label sat on the bar's value.
        var svg = Render(Series(40, "up", ("2023-11", 38), ("2023-12", 40)));

        var target = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "target");
        var legend = Assert.Single(target.Descendants(Svg + "text"));
        Assert.Equal("Target 40", legend.Value);
        var legendBaseline = (double)legend.Attribute("y")!;
        var valueTops = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "values").Elements(Svg + "text")
            .Select(t => (double)t.Attribute("y")! - MeasureChartRenderer.FontSize);
        Assert.All(valueTops, top => Assert.True(top > legendBaseline + 2, $"a value label's top ({top}) reaches the legend's baseline ({legendBaseline})"));
        var lineY = (double)target.Element(Svg + "line")!.Attribute("y1")!;
        Assert.True(lineY > legendBaseline, "the legend is outside (above) the plot");
    }

    [Fact]
    public void Every_text_of_the_chart_is_at_least_12_px_on_a_320_px_column()
    {
        var svg = Render(MeasureSamples.EngagedCity(target: 30));
        var width = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);

        // Sizes are inherited from the root unless a group or text sets its own.
        var sizes = svg.Descendants(Svg + "text").Select(t => t.AncestorsAndSelf().Select(e => (string?)e.Attribute("font-size")).First(s => s is not null)!)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture));
        Assert.All(sizes, size => Assert.True(size * 320 / width >= 12, $"text of {size} units renders at {size * 320 / width:0.#} px"));
    }

    [Fact]
    public void Every_string_of_the_measure_summary_has_a_Spanish_translation()
    {
        var po = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Localization", "Translations", "es-US.po"));
        var ids = MsgId().Matches(po).Select(m => Regex.Unescape(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.All(MeasureSummary.Keys, k => Assert.True(ids.Contains(k), $"'{k}' has no Spanish translation"));
    }

    private static XElement Render(MeasureSeriesField series) =>
        XDocument.Parse(MeasureChartRenderer.Render(MeasureSamples.Title, series, "m")).Root!;

    [GeneratedRegex("^msgid \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex MsgId();
}
