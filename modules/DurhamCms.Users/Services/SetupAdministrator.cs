using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Users.Services;

/// <summary>First-run setup's administrator: the Administrator role, and the user holding it.</summary>
public sealed class SetupAdministrator(UserManager<CmsUser> users, RoleManager<CmsRole> roles) : ISetupAdministrator
{
    public async Task<SetupAdministratorResult> EnsureAsync(string userName, string? email, string password)
    {
        if (!await roles.RoleExistsAsync(UserDirectory.AdministratorRole))
        {
            Check(await roles.CreateAsync(new CmsRole(UserDirectory.AdministratorRole) { Description = "Can do everything on the site." }), "create the Administrator role");
        }

        var admin = await users.FindByNameAsync(userName);
        var created = admin is null;
        if (admin is null)
        {
            admin = new CmsUser { UserName = userName, Email = email, EmailConfirmed = email is not null };
            Check(await users.CreateAsync(admin, password), $"create the administrator '{userName}'");
            Check(await users.AddToRoleAsync(admin, UserDirectory.AdministratorRole), "give the administrator its role");
        }

        return new SetupAdministratorResult(new UserSummary(admin.Id, admin.UserName ?? userName, admin.Email, admin.IsEnabled), created);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Setup could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
