using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Users.Services;

/// <summary>Roles from recipes become Identity roles (AspNetRoles), so users can be given them.</summary>
public sealed class IdentityRoleRegistry(RoleManager<CmsRole> roles) : IRoleRegistry
{
    public string NormalizeName(string name) => roles.NormalizeKey(name) ?? name.ToUpperInvariant();

    public async Task<IReadOnlyList<string>> SaveAsync(string name, string? description)
    {
        var role = await roles.FindByNameAsync(name);
        IdentityResult outcome;
        if (role is null)
        {
            outcome = await roles.CreateAsync(new CmsRole(name) { Description = description });
        }
        else if (role.Description != description)
        {
            role.Description = description;
            outcome = await roles.UpdateAsync(role);
        }
        else
        {
            return [];
        }

        return outcome.Errors.Select(e => e.Description).ToList();
    }
}
