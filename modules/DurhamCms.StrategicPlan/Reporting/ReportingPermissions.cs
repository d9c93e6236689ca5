using DurhamCms.Security;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>The reporting cycle's permissions. Editors hold them through EditContent, Administrators through SiteOwner.</summary>
public sealed class ReportingPermissions : IPermissionProvider
{
    public static readonly Permission AssignReporting = new("AssignReporting", "Assign the owners and reporters of initiatives and key measures", "Reporting")
    {
        ImpliedBy = [ContentPermissions.EditContent],
    };

    public static readonly Permission UnlockPeriods = new("UnlockReportingPeriods", "Unlock a published period of a key measure so its value can change (audited, with a reason)", "Reporting")
    {
        ImpliedBy = [ContentPermissions.PublishContent],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([AssignReporting, UnlockPeriods]);
}
