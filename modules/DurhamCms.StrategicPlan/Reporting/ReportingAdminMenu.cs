using DurhamCms.Admin;

namespace DurhamCms.StrategicPlan.Reporting;

public sealed class ReportingAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Owners and reporters", ReportingOwnersController.PageUrl, ReportingPermissions.AssignReporting, Order: 40)];
}
