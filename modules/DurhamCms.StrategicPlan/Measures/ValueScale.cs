namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// The value axis of a chart: from a round minimum (0, or below it for negative values) to a round
/// maximum, in four or five steps of 1, 2, 2.5 or 5 times a power of ten, so gridlines read easily.
/// </summary>
internal sealed class ValueScale
{
    private ValueScale(decimal minimum, decimal maximum, decimal step)
    {
        Minimum = minimum;
        Maximum = maximum;
        Step = step;
    }

    public decimal Minimum { get; }
    public decimal Maximum { get; }
    public decimal Step { get; }

    public IEnumerable<decimal> Ticks
    {
        get
        {
            for (var tick = Minimum; tick <= Maximum; tick += Step)
            {
                yield return tick;
            }
        }
    }

    /// <summary>A scale that holds every value and zero (bars grow from zero).</summary>
    public static ValueScale For(IEnumerable<decimal> values)
    {
        var list = values.Append(0m).ToList();
        var low = list.Min();
        var high = list.Max();
        if (low == high)
        {
            high = low + 1;
        }

        var step = NiceStep((double)(high - low) / 4);
        return new ValueScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    /// <summary>The vertical coordinate of <paramref name="value"/> in a plot <paramref name="height"/> tall starting at <paramref name="top"/>.</summary>
    public double Y(decimal value, double top, double height) =>
        top + (height * (double)((Maximum - value) / (Maximum - Minimum)));

    private static decimal NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;

        // Through decimal, rounded, so ticks are 0.1, 0.2, 0.3 rather than 0.30000000000000004;
        // never zero, which would make the tick loop endless for values smaller than the rounding.
        return Math.Max(Math.Round((decimal)(nice * magnitude), 12), 0.000000000001m);
    }
}
