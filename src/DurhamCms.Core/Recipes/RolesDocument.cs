namespace DurhamCms.Recipes;

/// <summary>
/// The "Roles" document in Orchard's stored shape (RolesDocument): each role's name,
/// description, and its permissions as claims of type "Permission".
/// </summary>
public sealed class RolesDocument
{
    public const string DocumentKey = "Roles";
    public const string PermissionClaimType = "Permission";

    public List<RoleEntry> Roles { get; set; } = [];
}

public sealed class RoleEntry
{
    public string RoleName { get; set; } = "";
    public string NormalizedRoleName { get; set; } = "";
    public string? RoleDescription { get; set; }
    public List<RoleClaimEntry> RoleClaims { get; set; } = [];
}

public sealed class RoleClaimEntry
{
    public string ClaimType { get; set; } = RolesDocument.PermissionClaimType;
    public string ClaimValue { get; set; } = "";
}
