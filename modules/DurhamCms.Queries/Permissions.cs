using DurhamCms.Security;

namespace DurhamCms.Queries;

/// <summary>Orchard's names for running any stored query through the API (a query marked Public needs none) and for managing them.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ExecuteApiAll = new("ExecuteApiAll", "Run any stored query through /api/queries", "Queries")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    /// <summary>Orchard's name for the queries admin page: list, run, add, edit and delete stored queries.</summary>
    public static readonly Permission ManageQueries = new("ManageQueries", "Manage stored queries", "Queries")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ExecuteApiAll, ManageQueries]);
}
