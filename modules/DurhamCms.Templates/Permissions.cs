using DurhamCms.Security;

namespace DurhamCms.Templates;

/// <summary>Orchard's names: ManageTemplates for site templates, ManageAdminTemplates for admin ones.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageTemplates = new("ManageTemplates", "Manage Liquid templates", "Templates")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public static readonly Permission ManageAdminTemplates = new("ManageAdminTemplates", "Manage admin Liquid templates", "Templates")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageTemplates, ManageAdminTemplates]);
}
