namespace DurhamCms.Security;

/// <summary>
/// A named right, held by roles as a "Permission" claim (Orchard's form). A permission is also
/// granted by any permission in <see cref="ImpliedBy"/>: Edit_Initiative implies EditOwn_Initiative.
/// </summary>
public sealed record Permission(string Name, string Description, string Category = "")
{
    public IReadOnlyList<Permission> ImpliedBy { get; init; } = [];

    public override string ToString() => Name;
}

/// <summary>What a module adds to the list of permissions roles can hold.</summary>
public interface IPermissionProvider
{
    Task<IEnumerable<Permission>> GetPermissionsAsync();
}

/// <summary>Permissions the kernel and the admin shell need whatever modules are on.</summary>
public static class StandardPermissions
{
    public static readonly Permission SiteOwner = new("SiteOwner", "Site owner: every permission", "Security");
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Use the admin", "Admin") { ImpliedBy = [SiteOwner] };
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, disable and assign roles to users", "Security") { ImpliedBy = [SiteOwner] };
    public static readonly Permission ManageRoles = new("ManageRoles", "Change what roles may do", "Security") { ImpliedBy = [SiteOwner] };
}
