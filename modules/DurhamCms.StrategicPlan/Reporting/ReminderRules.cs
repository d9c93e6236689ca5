namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>A reminder's rule for one period: its name (the claim's key) and whether it goes to the Editors.</summary>
public sealed record ReminderRule(string Name, bool ToEditors);

/// <summary>
/// Which reminders an unreported period has earned today: one <see cref="ReportingOptions.RemindDaysBeforeDue"/>
/// days before its due date, one on the due date (or the first sweep after it), one each week while
/// overdue, and the Editors' once it is <see cref="ReportingOptions.EscalateDaysAfterDue"/> days late.
/// </summary>
public static class ReminderRules
{
    public const string Before = "before";
    public const string Due = "due";
    public const string Escalated = "escalated";

    public static IEnumerable<ReminderRule> For(DateOnly due, DateOnly today, ReportingOptions options)
    {
        var late = today.DayNumber - due.DayNumber;
        if (late < -options.RemindDaysBeforeDue)
        {
            yield break;
        }

        if (late < 0)
        {
            yield return new ReminderRule(Before, false);
        }
        else if (late < 7)
        {
            yield return new ReminderRule(Due, false);
        }
        else
        {
            // A week missed by a stopped service is not made up: one reminder for the week it is.
            yield return new ReminderRule($"overdue-{late / 7}", false);
        }

        if (late >= options.EscalateDaysAfterDue)
        {
            yield return new ReminderRule(Escalated, true);
        }
    }
}
