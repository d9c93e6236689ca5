namespace DurhamCms.StrategicPlan.Measures;

/// <summary>Where a measure's latest value stands against its target.</summary>
public enum TargetState
{
    /// <summary>No target, or no data to hold against it.</summary>
    NoTarget,
    OnTarget,
    OffTarget,
}

/// <summary>
/// A measure's latest value against its target and the period before it (README, "Measures against
/// targets"). Points are taken in period order, never entry order: an editor who adds a missed
/// month late must not make it the "latest". A series with a target but no direction is read as
/// higher-is-better, the recipe's default and what most of the plan's counts mean.
/// </summary>
public sealed record MeasureStanding(
    MeasurePoint? Latest,
    MeasurePoint? Previous,
    decimal? Target,
    bool LowerIsBetter,
    TargetState State)
{
    /// <summary>Latest minus previous; null without two points.</summary>
    public decimal? Change => Latest is not null && Previous is not null ? Latest.Value - Previous.Value : null;

    public static MeasureStanding Of(MeasureSeriesField series)
    {
        var points = InPeriodOrder(series.Points ?? []);
        var latest = points.Count > 0 ? points[^1] : null;
        var previous = points.Count > 1 ? points[^2] : null;
        var lower = string.Equals(series.BetterDirection?.Trim(), MeasureSeriesField.Down, StringComparison.OrdinalIgnoreCase);
        var state = series.Target is not { } target || latest is null
            ? TargetState.NoTarget
            : (lower ? latest.Value <= target : latest.Value >= target) ? TargetState.OnTarget : TargetState.OffTarget;
        return new MeasureStanding(latest, previous, series.Target, lower, state);
    }

    /// <summary>
    /// The points ordered by period; a stable sort, so points of one period keep their entry order,
    /// and points whose period does not parse (stored before validation) come last as entered.
    /// </summary>
    public static List<MeasurePoint> InPeriodOrder(IEnumerable<MeasurePoint> points) =>
        points
            .Select((p, i) => (Point: p, Index: i, Key: MeasurePeriod.TryParse(p.Period, out var period, out _) ? period.SortKey : null))
            .OrderBy(x => x.Key is null ? 1 : 0)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Point)
            .ToList();
}
