using System.Security.Claims;

namespace DurhamCms.Users;

/// <summary>A person who can sign in, as modules other than Users see them.</summary>
public sealed record UserSummary(string Id, string UserName, string? Email, bool IsEnabled);

/// <summary>
/// Who the site's users are, for modules that show or notify them (the content list's owners,
/// a workflow's reviewers, the audit trail's actors) without knowing how users are stored. The
/// Users module implements it; without that module the kernel's answers are "nobody".
/// </summary>
public interface IUserDirectory
{
    Task<UserSummary?> FindByIdAsync(string id);

    /// <summary>By name, compared as sign-in compares it (case-insensitive).</summary>
    Task<UserSummary?> FindByNameAsync(string userName);

    /// <summary>Users ordered by name; only those who may sign in when <paramref name="enabledOnly"/>.</summary>
    Task<IReadOnlyList<UserSummary>> ListAsync(bool enabledOnly = false);

    /// <summary>The names of the users with these ids; ids of no user are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesByIdAsync(IReadOnlyCollection<string> ids);

    /// <summary>
    /// The principal the user would carry once signed in (their roles), to ask what they may do
    /// when they are not the one asking: "who may review this?".
    /// </summary>
    Task<ClaimsPrincipal> PrincipalOfAsync(UserSummary user);
}
