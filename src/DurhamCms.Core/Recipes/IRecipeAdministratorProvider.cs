namespace DurhamCms.Recipes;

/// <summary>
/// The site's first administrator, whom Orchard's recipe parameters AdminUserId and AdminUsername
/// name when a recipe is imported from the command line. The Users module implements it: the
/// kernel does not know how users are stored.
/// </summary>
public interface IRecipeAdministratorProvider
{
    /// <summary>Null when the site has no enabled administrator.</summary>
    Task<RecipeAdministrator?> GetFirstAdministratorAsync(CancellationToken cancellationToken = default);
}

public sealed record RecipeAdministrator(string UserId, string UserName);
