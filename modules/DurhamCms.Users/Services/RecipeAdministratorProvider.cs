using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Setup;
using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Users.Services;

/// <summary>
/// The administrator the site was set up with, while still an enabled administrator; otherwise
/// the enabled administrator first by name, so the same recipe names the same user every run.
/// </summary>
public sealed class RecipeAdministratorProvider(UserManager<CmsUser> users, IDocumentStore documents) : IRecipeAdministratorProvider
{
    public async Task<RecipeAdministrator?> GetFirstAdministratorAsync(CancellationToken cancellationToken = default)
    {
        var administrators = (await users.GetUsersInRoleAsync(UserDirectory.AdministratorRole))
            .Where(u => u.IsEnabled && u.UserName is not null)
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .ToList();
        var setUpWith = (await documents.FindAsync<SiteState>(SiteState.DocumentKey))?.AdminUserName;
        var first = administrators.FirstOrDefault(u => string.Equals(u.UserName, setUpWith, StringComparison.OrdinalIgnoreCase))
            ?? administrators.FirstOrDefault();
        return first is null ? null : new RecipeAdministrator(first.Id, first.UserName!);
    }
}
