using System.Security.Claims;

namespace DurhamCms.Users;

/// <summary>The kernel's directory for a site without the Users module: there are no users.</summary>
internal sealed class NoUserDirectory : IUserDirectory
{
    public Task<UserSummary?> FindByIdAsync(string id) => Task.FromResult<UserSummary?>(null);

    public Task<UserSummary?> FindByNameAsync(string userName) => Task.FromResult<UserSummary?>(null);

    public Task<IReadOnlyList<UserSummary>> ListAsync(bool enabledOnly = false) => Task.FromResult<IReadOnlyList<UserSummary>>([]);

    public Task<IReadOnlyDictionary<string, string>> NamesByIdAsync(IReadOnlyCollection<string> ids) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public Task<ClaimsPrincipal> PrincipalOfAsync(UserSummary user) => Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity()));
}
