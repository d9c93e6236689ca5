using DurhamCms.Security;

namespace DurhamCms.Queries;

/// <summary>Orchard's name for running any stored query through the API; a query marked Public needs none.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ExecuteApiAll = new("ExecuteApiAll", "Run any stored query through /api/queries", "Queries")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ExecuteApiAll]);
}
