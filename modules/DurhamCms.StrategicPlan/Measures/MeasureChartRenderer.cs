using System.Text;
using System.Text.RegularExpressions;
using static DurhamCms.StrategicPlan.Measures.MeasureText;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// Draws a measure series as a self-contained inline SVG, on the server, with no script: its title
/// and a sentence holding every value are what screen readers announce (the data table beside it
/// holds the same). All user text is escaped here, so the output may be written into a page raw.
/// </summary>
public static partial class MeasureChartRenderer
{
    // The drawing's own units; the viewBox scales it to any width (320 px phones included).
    private const double Width = 480;
    private const double Height = 300;
    private const double Left = 56;
    private const double Right = 16;
    private const double Top = 28;
    private const double Bottom = 60;
    private const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    // Beyond this many points value labels collide; the table still has every value.
    private const int MaxValueLabels = 24;

    // Axis labels need about this much room each; more points than fit get every n-th label.
    private const double AxisLabelWidth = 40;

    // Contrast on white: ink 17:1, bars and line 9:1, target 7:1, gridlines are decoration.
    private const string Ink = "#1b1b1b";
    private const string Data = "#1f4e79";
    private const string TargetInk = "#8a3b00";
    private const string Grid = "#d6d6d6";

    /// <summary>
    /// The chart of <paramref name="series"/>. <paramref name="id"/> prefixes the ids of its title
    /// and description, so it must be unique on the page (e.g. "measure-" + the content item id).
    /// </summary>
    public static string Render(string title, MeasureSeriesField series, string id, ChartText? text = null)
    {
        text ??= ChartText.English;
        var points = series.Points ?? [];
        var safeId = UnsafeIdCharacters().Replace(id, "-");
        var svg = new StringBuilder(2048 + (points.Count * 160));
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{safeId}-title {safeId}-desc\" class=\"measure-chart\" font-family=\"sans-serif\" font-size=\"13\" fill=\"{Ink}\">");
        svg.Append($"<title id=\"{safeId}-title\">{Xml(title)}</title>");
        svg.Append($"<desc id=\"{safeId}-desc\">{Xml(Describe(title, series, text))}</desc>");
        if (points.Count > 0)
        {
            var scale = ValueScale.For(points.Select(p => p.Value).Append(series.Target ?? 0));
            DrawAxes(svg, scale, series, points, text);
            if (series.IsLine)
            {
                DrawLine(svg, scale, points);
            }
            else
            {
                DrawBars(svg, scale, points);
            }

            if (series.Target is { } target)
            {
                var y = Coordinate(scale.Y(target, Top, PlotHeight));
                svg.Append($"<g class=\"target\"><line x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + PlotWidth}\" y2=\"{y}\" stroke=\"{TargetInk}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
                svg.Append($"<text x=\"{Left + PlotWidth}\" y=\"{Coordinate(scale.Y(target, Top, PlotHeight) - 5)}\" text-anchor=\"end\" fill=\"{TargetInk}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{Xml(text["Target {0}", Number(target)])}</text></g>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>"Bar chart of Engaged City Attendees by month: July 2023 23, August 2023 24. Values in attendees. Target 30; higher is better."</summary>
    public static string Describe(string title, MeasureSeriesField series, ChartText? words = null)
    {
        words ??= ChartText.English;
        var points = series.Points ?? [];
        if (points.Count == 0)
        {
            return words[series.IsLine ? "Line chart of {0}: no data yet." : "Bar chart of {0}: no data yet.", title];
        }

        var by = MeasurePeriod.TryParse(points[0].Period, out var first, out _) ? words.KindName(first.Kind) : "period";
        var text = new StringBuilder(words[series.IsLine ? "Line chart of {0} by {1}: " : "Bar chart of {0} by {1}: ", title, by]);
        text.AppendJoin(", ", points.Select(p => $"{words.Label(p)} {Number(p.Value)}")).Append('.');
        if (!string.IsNullOrWhiteSpace(series.Unit))
        {
            text.Append(' ').Append(words["Values in {0}.", series.Unit.Trim()]);
        }

        if (series.Target is { } target)
        {
            text.Append(' ').Append(words["Target {0}.", Number(target)]);
        }

        var better = series.BetterDirection?.ToLowerInvariant() switch
        {
            MeasureSeriesField.Up => "Higher is better.",
            MeasureSeriesField.Down => "Lower is better.",
            _ => null,
        };
        if (better is not null)
        {
            text.Append(' ').Append(words[better]);
        }

        return text.ToString();
    }

    private static void DrawAxes(StringBuilder svg, ValueScale scale, MeasureSeriesField series, List<MeasurePoint> points, ChartText text)
    {
        svg.Append($"<g class=\"axes\" aria-hidden=\"true\"><g stroke=\"{Grid}\">");
        foreach (var tick in scale.Ticks)
        {
            var y = Coordinate(scale.Y(tick, Top, PlotHeight));
            svg.Append($"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + PlotWidth}\" y2=\"{y}\"/>");
        }

        svg.Append("</g><g text-anchor=\"end\">");
        foreach (var tick in scale.Ticks)
        {
            svg.Append($"<text x=\"{Left - 6}\" y=\"{Coordinate(scale.Y(tick, Top, PlotHeight) + 4)}\">{Number(tick)}</text>");
        }

        var zero = Coordinate(scale.Y(0, Top, PlotHeight));
        svg.Append($"</g><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotHeight}\" stroke=\"{Ink}\"/>");
        svg.Append($"<line x1=\"{Left}\" y1=\"{zero}\" x2=\"{Left + PlotWidth}\" y2=\"{zero}\" stroke=\"{Ink}\"/>");

        var slot = PlotWidth / points.Count;
        var every = (int)Math.Ceiling(points.Count / Math.Floor(PlotWidth / AxisLabelWidth));
        svg.Append("<g text-anchor=\"middle\" font-size=\"12\">");
        for (var i = 0; i < points.Count; i += every)
        {
            var x = Coordinate(Left + (slot * (i + 0.5)));
            var (line1, line2) = MeasurePeriod.TryParse(points[i].Period, out var period, out _) ? text.AxisLabel(period) : (points[i].Period, "");
            svg.Append($"<text x=\"{x}\" y=\"{Top + PlotHeight + 16}\">{Xml(line1)}");
            if (line2.Length > 0)
            {
                svg.Append($"<tspan x=\"{x}\" dy=\"14\">{Xml(line2)}</tspan>");
            }

            svg.Append("</text>");
        }

        var by = MeasurePeriod.TryParse(points[0].Period, out var first, out _) ? text.KindName(first.Kind) : "period";
        var unit = string.IsNullOrWhiteSpace(series.Unit) ? text["Value"] : series.Unit.Trim();
        svg.Append($"</g><text x=\"{Left + (PlotWidth / 2)}\" y=\"{Height - 6}\" text-anchor=\"middle\">{Xml(char.ToUpperInvariant(by[0]) + by[1..])}</text>");
        svg.Append($"<text transform=\"rotate(-90)\" x=\"{Coordinate(-(Top + (PlotHeight / 2)))}\" y=\"14\" text-anchor=\"middle\">{Xml(unit)}</text></g>");
    }

    private static void DrawBars(StringBuilder svg, ValueScale scale, List<MeasurePoint> points)
    {
        var slot = PlotWidth / points.Count;
        var barWidth = Coordinate(slot * 0.7);
        var zero = scale.Y(0, Top, PlotHeight);
        svg.Append($"<g class=\"bars\" fill=\"{Data}\">");
        for (var i = 0; i < points.Count; i++)
        {
            var y = scale.Y(points[i].Value, Top, PlotHeight);
            svg.Append($"<rect x=\"{Coordinate(Left + (slot * i) + (slot * 0.15))}\" y=\"{Coordinate(Math.Min(y, zero))}\" width=\"{barWidth}\" height=\"{Coordinate(Math.Abs(zero - y))}\"/>");
        }

        svg.Append("</g>");
        DrawValueLabels(svg, scale, points);
    }

    private static void DrawLine(StringBuilder svg, ValueScale scale, List<MeasurePoint> points)
    {
        var slot = PlotWidth / points.Count;
        var coordinates = points
            .Select((p, i) => (X: Coordinate(Left + (slot * (i + 0.5))), Y: Coordinate(scale.Y(p.Value, Top, PlotHeight))))
            .ToList();
        svg.Append($"<g class=\"line\"><polyline fill=\"none\" stroke=\"{Data}\" stroke-width=\"2\" points=\"");
        svg.AppendJoin(' ', coordinates.Select(c => $"{c.X},{c.Y}"));
        svg.Append($"\"/><g fill=\"{Data}\">");
        foreach (var (x, y) in coordinates)
        {
            svg.Append($"<circle cx=\"{x}\" cy=\"{y}\" r=\"4\"/>");
        }

        svg.Append("</g></g>");
        DrawValueLabels(svg, scale, points);
    }

    private static void DrawValueLabels(StringBuilder svg, ValueScale scale, List<MeasurePoint> points)
    {
        if (points.Count > MaxValueLabels)
        {
            return;
        }

        var slot = PlotWidth / points.Count;
        svg.Append("<g class=\"values\" text-anchor=\"middle\" font-size=\"12\" aria-hidden=\"true\">");
        for (var i = 0; i < points.Count; i++)
        {
            var value = points[i].Value;
            var y = scale.Y(value, Top, PlotHeight) + (value < 0 ? 15 : -6);
            svg.Append($"<text x=\"{Coordinate(Left + (slot * (i + 0.5)))}\" y=\"{Coordinate(y)}\">{Number(value)}</text>");
        }

        svg.Append("</g>");
    }

    [GeneratedRegex("[^A-Za-z0-9_-]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeIdCharacters();
}
