namespace DurhamCms.Users;

/// <summary>The administrator first-run setup found or created.</summary>
public sealed record SetupAdministratorResult(UserSummary User, bool Created);

/// <summary>
/// Creates the site's first administrator and the Administrator role at first-run setup. The
/// Users module implements it; setup itself decides the name and password and keeps the secret.
/// </summary>
public interface ISetupAdministrator
{
    /// <summary>The user named <paramref name="userName"/>, created with <paramref name="password"/> and the Administrator role when missing.</summary>
    /// <exception cref="InvalidOperationException">The role or the user could not be created; the message says why.</exception>
    Task<SetupAdministratorResult> EnsureAsync(string userName, string? email, string password);
}
