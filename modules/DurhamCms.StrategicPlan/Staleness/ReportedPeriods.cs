using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.StrategicPlan.Staleness;

/// <summary>
/// A series' reported periods as the key measure index keeps them: the latest of each kind (month,
/// quarter, fiscal year), ";"-separated, e.g. "2024-11;FY2025 Q2". Within a kind a later period
/// always ends later, so the latest end among these is the latest end of the whole series under any
/// fiscal calendar; the calendar only decides how the kinds compare, and it is asked when judging.
/// </summary>
public static class ReportedPeriods
{
    private const char Separator = ';';

    /// <summary>Periods that do not parse are left out, as <see cref="UpdateOverdueRule"/> does not count them as reported.</summary>
    public static string Latest(IEnumerable<string?> periods) =>
        string.Join(Separator, periods
            .Select(p => MeasurePeriod.TryParse(p, out var parsed, out _) ? parsed : (MeasurePeriod?)null)
            .OfType<MeasurePeriod>()
            .GroupBy(p => p.Kind)
            .OrderBy(g => g.Key)
            .Select(g => g.MaxBy(p => p.SortKey, StringComparer.Ordinal).ToString()));

    public static IEnumerable<string> Read(string? stored) =>
        (stored ?? "").Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
