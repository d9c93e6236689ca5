using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Reporting;

namespace DurhamCms.StrategicPlan.Staleness;

/// <summary>Where an item's reporting stands against its cadence.</summary>
public enum ReportingState
{
    /// <summary>No period reported at all: the page says "Not yet reported", never "Update overdue".</summary>
    NotYetReported,
    UpToDate,
    Overdue,
}

/// <summary>
/// The one rule for "Update overdue" (README, "Update overdue"), asked by the initiative page, the
/// priority list, plan.json and the admin's stale list alike. A measure is overdue when its latest
/// period with data ends before the last period of its cadence whose due date
/// (<see cref="ReportingOptions.DueDaysAfterPeriodEnd"/> days after it ends, the reminders' grace)
/// has passed in the reporting time zone. An initiative reports status updates quarterly; it is
/// overdue when its latest status update is older than that, or when any of its measures is.
/// </summary>
public sealed class UpdateOverdueRule(ReportingCalendar calendar)
{
    /// <summary>Status updates are written each fiscal quarter (the reporting calendar's duty for initiatives).</summary>
    public const ReportingFrequency InitiativeCadence = ReportingFrequency.Quarterly;

    // Enough periods back to pass any configured grace: ten years of months.
    private const int PeriodsToSearch = 120;

    public Task<DateOnly> TodayAsync() => calendar.TodayAsync();

    /// <summary>The latest period of the cadence whose due date is behind <paramref name="today"/>: what should be reported by now.</summary>
    public DuePeriod LastDue(ReportingFrequency cadence, DateOnly today) =>
        calendar.Ended(cadence, today, PeriodsToSearch).First(p => p.Due < today);

    /// <summary>Periods as stored ("2024-11", "FY2025 Q2", "FY2025") against a cadence; unreadable periods do not count as reported.</summary>
    public ReportingState Of(ReportingFrequency cadence, IEnumerable<string> periods, DateOnly today)
    {
        var latest = periods.Select(EndOf).Max();
        if (latest is null)
        {
            return ReportingState.NotYetReported;
        }

        return latest < LastDue(cadence, today).End ? ReportingState.Overdue : ReportingState.UpToDate;
    }

    /// <summary>A key measure by its own cadence (its "Reported" field) and its series' periods.</summary>
    public ReportingState OfMeasure(ContentItem measure, DateOnly today) =>
        Of(ReportingFields.FrequencyOf(measure), MeasureSeriesReader.Read(measure, PlanContent.KeyMeasure.Type, PlanContent.KeyMeasure.Series).Points.Select(p => p.Period), today);

    /// <summary>
    /// An initiative from its published status updates' periods and its measures' states: overdue
    /// when either is; up to date when something was reported and nothing is overdue; else not yet reported.
    /// </summary>
    public ReportingState OfInitiative(IEnumerable<string> updatePeriods, IEnumerable<ReportingState> measures, DateOnly today)
    {
        var states = measures.Append(Of(InitiativeCadence, updatePeriods, today)).ToList();
        return states.Contains(ReportingState.Overdue) ? ReportingState.Overdue
            : states.Contains(ReportingState.UpToDate) ? ReportingState.UpToDate
            : ReportingState.NotYetReported;
    }

    /// <summary>The last day of a stored period; a fiscal year ends with its fourth quarter. Null when it is not a period.</summary>
    public DateOnly? EndOf(string period)
    {
        if (!MeasurePeriod.TryParse(period, out var parsed, out _))
        {
            return null;
        }

        var key = parsed.Kind == MeasurePeriodKind.FiscalYear ? $"FY{parsed.Year} Q4" : parsed.ToString();
        return calendar.Find(key)?.End;
    }

    /// <summary>
    /// Why a period after the current one is refused ("June 2027 has not begun; values are entered
    /// for periods up to the current one (today is 2 December 2026)."), or null when it has begun by
    /// <paramref name="today"/>. The one wording for measure series and status updates;
    /// <paramref name="entered"/> says what is entered ("values are entered").
    /// </summary>
    public string? NotBegun(MeasurePeriod period, string entered, DateOnly today) =>
        StartOf(period) is { } start && start > today
            ? $"{period.Label} has not begun; {entered} for periods up to the current one (today is {today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})."
            : null;

    /// <summary>The first day of a stored period; a fiscal year starts with its first quarter. Null when it is not a period.</summary>
    public DateOnly? StartOf(MeasurePeriod period) =>
        calendar.Find(period.Kind == MeasurePeriodKind.FiscalYear ? $"FY{period.Year} Q1" : period.ToString())?.Start;
}
