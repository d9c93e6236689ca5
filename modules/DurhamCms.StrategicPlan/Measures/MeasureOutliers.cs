namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// A value far outside its series (README, "Validation"): further from the series' median than
/// <see cref="Spread"/> times the median absolute deviation. Robust, so one wild value cannot
/// widen the band that should catch it (a standard deviation would). The deviation is floored at
/// <see cref="FloorShare"/> of the median's size, so a flat series (20, 20, 20, 21) does not flag
/// every small change, and at one step of the precision the series is recorded in (1 for whole
/// counts, 0.1 for one decimal), so a series of zeros, whose median and deviation are both 0, does
/// not flag the first 3 (a step of 1 allows 5 either side) yet still flags 1,200. The step, not a
/// fixed 1, so a rate kept to hundredths (0.01, 0.01, ...) still flags 0.9; a series shorter than
/// <see cref="MinimumPoints"/> says too little to judge.
/// </summary>
public sealed record MeasureOutliers(decimal Median, decimal Allowed)
{
    public const int MinimumPoints = 4;
    public const decimal Spread = 5m;
    public const decimal FloorShare = 0.05m;

    /// <summary>The words of the checkbox that lets an editor keep such a value; messages that ask for it name it.</summary>
    public const string ConfirmLabel = "I confirm this value is correct";

    /// <summary>The band of a series; null when it has too few values to judge.</summary>
    public static MeasureOutliers? Of(IReadOnlyCollection<decimal> values)
    {
        if (values.Count < MinimumPoints)
        {
            return null;
        }

        var median = MedianOf(values);
        var deviation = MedianOf(values.Select(v => Math.Abs(v - median)).ToList());
        var floor = Math.Max(FloorShare * Math.Abs(median), Step(values));
        return new MeasureOutliers(median, Spread * Math.Max(deviation, floor));
    }

    public bool IsOutlier(decimal value) => Math.Abs(value - Median) > Allowed;

    /// <summary>True for a validation message that a tick of <see cref="ConfirmLabel"/> would answer.</summary>
    public static bool AsksConfirmation(string message) => message.Contains(ConfirmLabel, StringComparison.Ordinal);

    /// <summary>
    /// What ticking <see cref="ConfirmLabel"/> does: marks every point now outside the band
    /// <c>"Confirmed": true</c>, so the value is kept and not asked about again.
    /// </summary>
    public static void ConfirmAll(System.Text.Json.Nodes.JsonArray points)
    {
        var rows = points.OfType<System.Text.Json.Nodes.JsonObject>()
            .Select(p => (Point: p, Ok: MeasureSeriesValidator.TryReadNumber(p["Value"], out var v), Value: v))
            .Where(r => r.Ok)
            .ToList();
        if (Of(rows.Select(r => r.Value).ToList()) is not { } band)
        {
            return;
        }

        foreach (var row in rows.Where(r => band.IsOutlier(r.Value)))
        {
            row.Point["Confirmed"] = true;
        }
    }

    /// <summary>One unit of the finest decimal place any value is written with: 1 for 0, 3, 12; 0.01 for 0.25.</summary>
    private static decimal Step(IEnumerable<decimal> values)
    {
        var places = values.Max(v => (v / 1.0000000000000000000000000000m).Scale);
        var step = 1m;
        for (var i = 0; i < places; i++)
        {
            step /= 10;
        }

        return step;
    }

    private static decimal MedianOf(IReadOnlyCollection<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
