using DurhamCms.Security;

namespace DurhamCms.Search;

/// <summary>The search module's permissions; Orchard's indexing module names the same one.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageIndexes = new("ManageIndexes", "Manage search indexes: see their state, rebuild and reset them", "Search")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageIndexes]);
}
