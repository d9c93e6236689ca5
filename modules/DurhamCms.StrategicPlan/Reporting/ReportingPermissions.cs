using DurhamCms.Security;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>The reporting cycle's permissions. Editors hold them through EditContent, Administrators through SiteOwner.</summary>
public sealed class ReportingPermissions : IPermissionProvider
{
    public static readonly Permission AssignReporting = new("AssignReporting", "Assign the owners and reporters of initiatives and key measures", "Reporting")
    {
        ImpliedBy = [ContentPermissions.EditContent],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([AssignReporting]);
}
