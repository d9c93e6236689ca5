namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>The reporting calendar and its reminders (configuration section <c>DurhamCms:Reporting</c>).</summary>
public sealed class ReportingOptions
{
    public const string Section = "DurhamCms:Reporting";

    /// <summary>A period's value is due this many days after the period ends.</summary>
    public int DueDaysAfterPeriodEnd { get; set; } = 15;

    /// <summary>The first reminder goes this many days before the due date.</summary>
    public int RemindDaysBeforeDue { get; set; } = 5;

    /// <summary>An overdue period is reported to the Editors this many days after its due date.</summary>
    public int EscalateDaysAfterDue { get; set; } = 14;

    /// <summary>The month the fiscal year starts (Durham's: July, so FY2025 Q1 is July to September 2024).</summary>
    public int FiscalYearStartMonth { get; set; } = 7;

    /// <summary>How often the reminder service looks for what is due.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off stops the reminder service (the calendar and "My reporting" still work).</summary>
    public bool RemindersEnabled { get; set; } = true;
}
