namespace DurhamCms.Users;

/// <summary>
/// Where the roles users can be given are kept. The roles document (permissions, Orchard's shape)
/// is the kernel's; a recipe's Roles step also registers each role here so users can hold it.
/// </summary>
public interface IRoleRegistry
{
    /// <summary>The key roles are compared by.</summary>
    string NormalizeName(string name);

    /// <summary>Creates the role, or updates its description; returns what went wrong, or nothing.</summary>
    Task<IReadOnlyList<string>> SaveAsync(string name, string? description);
}
