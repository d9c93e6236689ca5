using System.Xml.Linq;
using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>The chart as XML: what a screen reader announces, and one mark per point.</summary>
public sealed class MeasureChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_bar_chart_has_one_bar_per_point()
    {
        var svg = Render(MeasureSamples.EngagedCity());

        Assert.Equal(6, svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "bars").Elements(Svg + "rect").Count());
        Assert.Empty(svg.Descendants(Svg + "polyline"));
    }

    [Fact]
    public void Bars_are_as_tall_as_their_values_on_one_scale()
    {
        var bars = Render(MeasureSamples.EngagedCity()).Descendants(Svg + "rect").Select(r => (double)r.Attribute("height")!).ToList();

        // 24 / 16 and 32 / 16: heights keep the values' ratios.
        Assert.Equal(1.5, bars[1] / bars[3], 2);
        Assert.Equal(2.0, bars[5] / bars[3], 2);
    }

    [Fact]
    public void The_description_holds_every_value_by_its_period_label()
    {
        var svg = Render(MeasureSamples.EngagedCity(target: 30));

        Assert.Equal(
            "Bar chart of Engaged City Attendees by month: July 2023 23, August 2023 24, September 2023 17, October 2023 16, November 2023 19, December 2023 32. Values in attendees. Target 30. Higher is better.",
            svg.Element(Svg + "desc")!.Value);
        Assert.Equal(MeasureSamples.Title, svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void It_is_an_image_labelled_by_its_title_and_description()
    {
        var svg = Render(MeasureSamples.EngagedCity(), id: "measure-4x7k2");

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var ids = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal(svg.Element(Svg + "title")!.Attribute("id")!.Value, ids[0]);
        Assert.Equal(svg.Element(Svg + "desc")!.Attribute("id")!.Value, ids[1]);
        Assert.Equal(["measure-4x7k2-title", "measure-4x7k2-desc"], ids);
        Assert.Equal("0 0 400 300", (string?)svg.Attribute("viewBox"));
    }

    [Fact]
    public void Axes_are_labelled_with_the_period_kind_the_unit_and_rounded_ticks()
    {
        var texts = Render(MeasureSamples.EngagedCity()).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "axes")
            .Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("Month", texts);
        Assert.Contains("attendees", texts);
        Assert.Contains("Jul2023", texts);
        Assert.Equal(["0", "10", "20", "30", "40"], texts.Take(5));
    }

    [Fact]
    public void A_target_line_is_drawn_and_labelled_only_when_there_is_a_target()
    {
        var withTarget = Render(MeasureSamples.EngagedCity(target: 30));
        var target = Assert.Single(withTarget.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "target");
        Assert.NotNull((string?)target.Element(Svg + "line")!.Attribute("stroke-dasharray"));
        Assert.Equal("Target 30", Assert.Single(target.Descendants(Svg + "text")).Value);

        Assert.DoesNotContain(Render(MeasureSamples.EngagedCity()).Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "target");
    }

    [Fact]
    public void Bars_carry_their_values_as_labels()
    {
        var labels = Render(MeasureSamples.EngagedCity()).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "values")
            .Elements(Svg + "text").Select(t => t.Value);

        Assert.Equal(["23", "24", "17", "16", "19", "32"], labels);
    }

    [Fact]
    public void A_line_chart_has_one_marker_per_point_on_one_line()
    {
        var svg = Render(MeasureSamples.EngagedCity(MeasureSeriesField.Line));

        Assert.Equal(6, svg.Descendants(Svg + "circle").Count());
        var line = Assert.Single(svg.Descendants(Svg + "polyline"));
        Assert.Equal(6, ((string)line.Attribute("points")!).Split(' ').Length);
        Assert.Empty(svg.Descendants(Svg + "rect"));
        Assert.StartsWith("Line chart of", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void User_text_is_escaped_so_it_never_becomes_markup()
    {
        var series = MeasureSamples.EngagedCity();
        series.Unit = "</text><script>alert(1)</script>";
        var markup = MeasureChartRenderer.Render("Attendees <script>alert('x')</script> & \"friends\"\u0001", series, "m\"><script>");

        var svg = XDocument.Parse(markup).Root!;

        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal("Attendees <script>alert('x')</script> & \"friends\"", svg.Element(Svg + "title")!.Value);
        Assert.Equal("m---script--title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == series.Unit);
    }

    [Fact]
    public void Negative_values_hang_below_a_zero_line_and_the_output_is_deterministic()
    {
        var series = new MeasureSeriesField { Points = [new() { Period = "FY2024", Value = -12.5m }, new() { Period = "FY2025", Value = 7.25m }] };

        var first = MeasureChartRenderer.Render("Change", series, "c");
        var svg = XDocument.Parse(first).Root!;

        Assert.Equal(first, MeasureChartRenderer.Render("Change", series, "c"));
        Assert.Contains("by fiscal year: FY2024 -12.5, FY2025 7.25.", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.All(svg.Descendants(Svg + "rect"), r => Assert.True((double)r.Attribute("height")! > 0));
    }

    [Fact]
    public void An_empty_series_says_so_and_draws_nothing()
    {
        var svg = Render(new MeasureSeriesField());

        Assert.Equal("Bar chart of Engaged City Attendees: no data yet.", svg.Element(Svg + "desc")!.Value);
        Assert.Empty(svg.Descendants(Svg + "rect"));
    }

    private static XElement Render(MeasureSeriesField series, string id = "measure-1") =>
        XDocument.Parse(MeasureChartRenderer.Render(MeasureSamples.Title, series, id)).Root!;
}
