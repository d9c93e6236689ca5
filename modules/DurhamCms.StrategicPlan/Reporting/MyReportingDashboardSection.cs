using System.Security.Claims;
using DurhamCms.Contents.Admin.Dashboard;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// "My reporting" on the admin dashboard: for each item the user owns or reports, its last two
/// periods that are not done, each said in words (needs changes, overdue, due, submitted) and
/// linked straight to the period's form. Hidden for people who report nothing.
/// </summary>
internal sealed class MyReportingDashboardSection(
    ReportingDuties duties,
    ReportingStatuses statuses) : IAdminDashboardSection
{
    public async Task<DashboardSection?> BuildAsync(DashboardContext context)
    {
        var mine = await duties.ListAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-");
        if (mine.Count == 0)
        {
            return null;
        }

        var lines = (await statuses.OpenPeriodsAsync(mine))
            .OrderBy(p => p.State)
            .ThenBy(p => p.Period.Due)
            .Take(context.Take)
            .Select(p => new DashboardItem(p.Duty.ContentItemId, context.TypeLabel(p.Duty.ContentType), $"{p.Duty.Title}: {p.Period.Period.Label}", null)
            {
                Note = p.Sentence,
                Url = ReportingUrls.Form(p.Duty, p.Period),
            })
            .ToList();
        return new DashboardSection("my-reporting", "My reporting", lines, "Everything you report is up to date.")
        {
            Order = 5,
            Hint = "What you report: needs changes, overdue, due and submitted, soonest first.",
            LinkUrl = ReportingUrls.Enter,
            LinkText = "Enter this month's values for all your measures",
        };
    }
}
