using DurhamCms.Security;

namespace DurhamCms.AdminMenu;

/// <summary>Orchard's name for seeing and managing the stored admin menus.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageAdminMenu = new("ManageAdminMenu", "View the stored admin menus", "Admin menus")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageAdminMenu]);
}
