using DurhamCms.Admin;
using DurhamCms.Contents.Admin;
using DurhamCms.Security;
using DurhamCms.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// Reporting compliance for Editors: of each item's last ended period, how many are reported
/// (entered, submitted or published), by priority and by owner, as counts and percentages.
/// </summary>
[Admin]
public sealed class ReportingComplianceController(
    ReportingDuties duties,
    ReportingStatuses statuses,
    IContentNumberSource numbers,
    IUserDirectory users,
    IAuthorizationService authorization) : Controller
{
    public const string PageUrl = "/admin/reporting/compliance";

    [HttpGet(PageUrl)]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, ReportingPermissions.AssignReporting))
        {
            return Forbid();
        }

        var all = await duties.ListAsync();
        var periods = await statuses.AllAsync(all, periodsBack: 1);
        var priorities = await numbers.GetLatestNumbersAsync(all.Select(d => d.ContentItemId).ToList());
        var names = await users.NamesByIdAsync(all.SelectMany(d => d.OwnerIds).Distinct(StringComparer.Ordinal).ToList());
        var byPriority = Rows(periods, p => priorities.GetValueOrDefault(p.Duty.ContentItemId)?.ParentLabel ?? "No priority");
        var byOwner = Rows(periods, p => p.Duty.OwnerIds.Count == 0 ? "No owner" : string.Join(", ", p.Duty.OwnerIds.Select(id => names.GetValueOrDefault(id, "(a deleted user)"))));
        return View(new CompliancePage(Total(periods), byPriority, byOwner, periods.Where(p => p.State is PeriodState.Overdue or PeriodState.NeedsChanges).ToList()));
    }

    private static ComplianceRow Total(IReadOnlyList<PeriodStatus> periods) =>
        new("All", periods.Count, periods.Count(Reported), periods.Count(p => p.State == PeriodState.Overdue));

    private static List<ComplianceRow> Rows(IReadOnlyList<PeriodStatus> periods, Func<PeriodStatus, string> key) =>
        periods.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new ComplianceRow(g.Key, g.Count(), g.Count(Reported), g.Count(p => p.State == PeriodState.Overdue)))
            .OrderBy(r => r.Percent)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static bool Reported(PeriodStatus p) => p.State is PeriodState.Done or PeriodState.Submitted or PeriodState.Entered;
}

public sealed record ComplianceRow(string Name, int Items, int Reported, int Overdue)
{
    /// <summary>Whole percent reported; 100 when there is nothing to report.</summary>
    public int Percent => Items == 0 ? 100 : (int)Math.Round(100.0 * Reported / Items, MidpointRounding.AwayFromZero);
}

public sealed record CompliancePage(ComplianceRow Total, IReadOnlyList<ComplianceRow> ByPriority, IReadOnlyList<ComplianceRow> ByOwner, IReadOnlyList<PeriodStatus> Late);
