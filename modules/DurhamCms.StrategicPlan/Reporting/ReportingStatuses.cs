using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.List;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>Where a period stands for its item, in the order people act on them.</summary>
public enum PeriodState
{
    NeedsChanges,
    Overdue,
    Due,
    Entered,
    Submitted,
    Done,
}

/// <summary>One period of one item and where it stands, with the sentence that says so.</summary>
public sealed record PeriodStatus(ReportingDuty Duty, DuePeriod Period, PeriodState State, string Sentence);

/// <summary>
/// The state of each item's recent periods: not entered (due or overdue by the calendar), entered
/// in a draft, submitted or sent back (the review workflow's state, through the content list's
/// state seam), or done once published.
/// </summary>
public sealed class ReportingStatuses(ReportingDuties duties, ReportingCalendar calendar, IEnumerable<IContentListStateSource> states)
{
    /// <summary>The last <paramref name="periodsBack"/> periods of each item that are not done yet.</summary>
    public async Task<IReadOnlyList<PeriodStatus>> OpenPeriodsAsync(IReadOnlyList<ReportingDuty> items, int periodsBack = 2) =>
        (await AllAsync(items, periodsBack)).Where(p => p.State != PeriodState.Done).ToList();

    public async Task<IReadOnlyList<PeriodStatus>> AllAsync(IReadOnlyList<ReportingDuty> items, int periodsBack)
    {
        var today = await calendar.TodayAsync();
        var entered = await duties.ReportedAsync(items);
        var published = await duties.ReportedAsync(items, VersionOptions.Published);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in states)
        {
            foreach (var (id, label) in await source.GetLabelsAsync(items.Select(i => i.ContentItemId).ToList()))
            {
                labels.TryAdd(id, label);
            }
        }

        var result = new List<PeriodStatus>();
        foreach (var item in items)
        {
            foreach (var period in calendar.Ended(item.Frequency, today, periodsBack))
            {
                result.Add(Status(item, period, today, entered[item.ContentItemId], published[item.ContentItemId], labels.GetValueOrDefault(item.ContentItemId)));
            }
        }

        return result;
    }

    private static PeriodStatus Status(ReportingDuty item, DuePeriod period, DateOnly today, HashSet<string> entered, HashSet<string> published, string? state)
    {
        var due = period.Due.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (published.Contains(period.Key))
        {
            return new(item, period, PeriodState.Done, "Published.");
        }

        if (entered.Contains(period.Key))
        {
            // The workflow's labels are the recipe's words; "changes" marks a review sent back.
            return state switch
            {
                { } s when s.Contains("change", StringComparison.OrdinalIgnoreCase) => new(item, period, PeriodState.NeedsChanges, $"Needs changes ({s})."),
                { } s when s.Contains("review", StringComparison.OrdinalIgnoreCase) || s.Contains("approved", StringComparison.OrdinalIgnoreCase) => new(item, period, PeriodState.Submitted, $"Submitted: {s}."),
                _ => new(item, period, PeriodState.Entered, "Entered in a draft, not submitted yet."),
            };
        }

        var late = today.DayNumber - period.Due.DayNumber;
        return late > 0
            ? new(item, period, PeriodState.Overdue, $"Overdue: due on {due} ({(late == 1 ? "1 day" : $"{late} days")} ago).")
            : new(item, period, PeriodState.Due, $"Due on {due}.");
    }
}
