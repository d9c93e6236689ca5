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
    // The drawing's own units; the viewBox scales it to the page's width. It is narrow, and its text
    // large, so that on a 320 px wide column (a 375 px phone less the page's margins) the smallest
    // text is still FontSize * 320 / Width = 12 px.
    public const double Width = 400;
    public const double FontSize = 15;
    private const double Height = 300;
    private const double Left = 60;
    private const double Right = 12;
    // The top margin holds the target's legend, above the plot, so it never covers a value label.
    private const double Top = 44;
    private const double Bottom = 64;
    private const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    // About how wide a digit is at FontSize: value labels that would not fit their slot are left
    // out rather than overlap; the table still has every value.
    private const double DigitWidth = FontSize * 0.6;

    // Axis labels ("FY2025") need about this much room each; more points than fit get every n-th label.
    private const double AxisLabelWidth = 52;

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
        // Drawn in period order, whatever order the points were entered in.
        var points = MeasureStanding.InPeriodOrder(series.Points ?? []);
        var safeId = UnsafeIdCharacters().Replace(id, "-");
        var svg = new StringBuilder(2048 + (points.Count * 160));
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{safeId}-title {safeId}-desc\" class=\"measure-chart\" font-family=\"sans-serif\" font-size=\"{FontSize}\" fill=\"{Ink}\">");
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
                // The line is unlabelled in the plot; its legend, a sample of the dashes and the
                // words, sits in the top margin, where no bar or value label can be.
                svg.Append($"<g class=\"target\"><line x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + PlotWidth}\" y2=\"{y}\" stroke=\"{TargetInk}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
                svg.Append($"<g class=\"legend\" aria-hidden=\"true\"><line x1=\"{Left}\" y1=\"13\" x2=\"{Left + 28}\" y2=\"13\" stroke=\"{TargetInk}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
                svg.Append($"<text x=\"{Left + 34}\" y=\"18\" fill=\"{TargetInk}\">{Xml(text["Target {0}", Number(target)])}</text></g></g>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>"Bar chart of Engaged City Attendees by month: July 2023 23, August 2023 24. Values in attendees. Target 30; higher is better."</summary>
    public static string Describe(string title, MeasureSeriesField series, ChartText? words = null)
    {
        words ??= ChartText.English;
        var points = MeasureStanding.InPeriodOrder(series.Points ?? []);
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
        svg.Append("<g text-anchor=\"middle\">");
        for (var i = 0; i < points.Count; i += every)
        {
            var x = Coordinate(Left + (slot * (i + 0.5)));
            var (line1, line2) = MeasurePeriod.TryParse(points[i].Period, out var period, out _) ? text.AxisLabel(period) : (points[i].Period, "");
            svg.Append($"<text x=\"{x}\" y=\"{Top + PlotHeight + 18}\">{Xml(line1)}");
            if (line2.Length > 0)
            {
                svg.Append($"<tspan x=\"{x}\" dy=\"16\">{Xml(line2)}</tspan>");
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
        var slot = PlotWidth / points.Count;
        if (points.Max(p => Number(p.Value).Length) * DigitWidth > slot * 0.9)
        {
            return;
        }

        svg.Append("<g class=\"values\" text-anchor=\"middle\" aria-hidden=\"true\">");
        for (var i = 0; i < points.Count; i++)
        {
            var value = points[i].Value;
            var y = scale.Y(value, Top, PlotHeight) + (value < 0 ? 17 : -6);
            svg.Append($"<text x=\"{Coordinate(Left + (slot * (i + 0.5)))}\" y=\"{Coordinate(y)}\">{Number(value)}</text>");
        }

        svg.Append("</g>");
    }

    [GeneratedRegex("[^A-Za-z0-9_-]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeIdCharacters();
}
