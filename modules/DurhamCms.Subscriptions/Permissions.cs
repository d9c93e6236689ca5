using DurhamCms.Security;

namespace DurhamCms.Subscriptions;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>
    /// Subscribers' addresses are residents' personal data: only the site owner (the Administrator
    /// role) sees them. No recipe grants it to Editors.
    /// </summary>
    public static readonly Permission ManageSubscribers = new("ManageSubscribers", "See and remove email subscribers", "Subscriptions")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageSubscribers]);
}
