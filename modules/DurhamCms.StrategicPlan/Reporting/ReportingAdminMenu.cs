using DurhamCms.Admin;
using DurhamCms.Security;

namespace DurhamCms.StrategicPlan.Reporting;

public sealed class ReportingAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Enter values", ReportingUrls.Enter, StandardPermissions.AccessAdminPanel, Order: 35),
        new("Owners and reporters", ReportingOwnersController.PageUrl, ReportingPermissions.AssignReporting, Order: 40),
        new("Reporting compliance", ReportingComplianceController.PageUrl, ReportingPermissions.AssignReporting, Order: 41),
    ];
}
