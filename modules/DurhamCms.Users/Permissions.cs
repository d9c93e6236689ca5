using DurhamCms.Security;

namespace DurhamCms.Users;

/// <summary>The permissions the user admin and the admin shell check.</summary>
public sealed class Permissions : IPermissionProvider
{
    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>(
    [
        StandardPermissions.SiteOwner,
        StandardPermissions.AccessAdminPanel,
        StandardPermissions.ManageUsers,
        StandardPermissions.ManageRoles,
    ]);
}
