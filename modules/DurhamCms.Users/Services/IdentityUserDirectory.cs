using System.Security.Claims;
using DurhamCms.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Users.Services;

/// <summary>The site's users for other modules (<see cref="IUserDirectory"/>), read from Identity's tables.</summary>
public sealed class IdentityUserDirectory(DurhamDbContext db, ILookupNormalizer normalizer, IUserClaimsPrincipalFactory<CmsUser> principals) : IUserDirectory
{
    private IQueryable<CmsUser> Users => db.Set<CmsUser>().AsNoTracking();

    public async Task<UserSummary?> FindByIdAsync(string id) =>
        Summary(await Users.FirstOrDefaultAsync(u => u.Id == id));

    public async Task<UserSummary?> FindByNameAsync(string userName)
    {
        var normalized = normalizer.NormalizeName(userName);
        return Summary(await Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized));
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(bool enabledOnly = false) =>
        await Users.Where(u => !enabledOnly || u.IsEnabled)
            .OrderBy(u => u.NormalizedUserName)
            .Select(u => new UserSummary(u.Id, u.UserName ?? u.Id, u.Email, u.IsEnabled))
            .ToListAsync();

    public async Task<IReadOnlyDictionary<string, string>> NamesByIdAsync(IReadOnlyCollection<string> ids) =>
        await Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id, StringComparer.Ordinal);

    public async Task<ClaimsPrincipal> PrincipalOfAsync(UserSummary user) =>
        await Users.FirstOrDefaultAsync(u => u.Id == user.Id) is { } found
            ? await principals.CreateAsync(found)
            : new ClaimsPrincipal(new ClaimsIdentity());

    private static UserSummary? Summary(CmsUser? user) =>
        user is null ? null : new UserSummary(user.Id, user.UserName ?? user.Id, user.Email, user.IsEnabled);
}
