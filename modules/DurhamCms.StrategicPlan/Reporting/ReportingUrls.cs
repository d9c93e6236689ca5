namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>Where a reminder sends its reader: straight to the form for the period.</summary>
public static class ReportingUrls
{
    public const string Enter = "/admin/reporting/enter";

    /// <summary>A measure's value for one period, or an initiative's status update for one quarter.</summary>
    public static string Form(ReportingDuty duty, DuePeriod period) => duty.IsMeasure
        ? $"{Enter}/{Uri.EscapeDataString(duty.ContentItemId)}?period={Uri.EscapeDataString(period.Key)}"
        : $"/admin/contents/create/StatusUpdate?initiative={Uri.EscapeDataString(duty.ContentItemId)}&period={Uri.EscapeDataString(period.Key)}";
}
