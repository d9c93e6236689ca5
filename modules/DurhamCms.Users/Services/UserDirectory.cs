using DurhamCms.Data;
using DurhamCms.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Users.Services;

/// <summary>The reads behind the user admin: users with their roles, and the roles a user can be given.</summary>
public sealed class UserDirectory(DurhamDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Roles every visitor or signed-in user has implicitly: never assigned by hand (Orchard's rule).</summary>
    private static readonly string[] ImplicitRoles = ["ANONYMOUS", "AUTHENTICATED"];

    public async Task<UserListViewModel> ListAsync(string? query, int page)
    {
        var users = db.Set<CmsUser>().AsNoTracking();
        var q = query?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            var normalized = q.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(normalized) || u.NormalizedEmail!.Contains(normalized));
        }

        var total = await users.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await users.OrderBy(u => u.NormalizedUserName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.Email, u.IsEnabled, u.LockoutEnd })
            .ToListAsync();
        var roles = await RolesOfAsync(rows.Select(r => r.Id).ToList());
        var now = clock.GetUtcNow();
        return new UserListViewModel(
            rows.Select(r => new UserRow(r.Id, r.UserName ?? "", r.Email, roles.GetValueOrDefault(r.Id) ?? [], r.IsEnabled, r.LockoutEnd > now)).ToList(),
            q, page, pageCount, total);
    }

    public async Task<IReadOnlyList<RoleChoice>> AssignableRolesAsync() =>
        await db.Set<CmsRole>().AsNoTracking()
            .Where(r => !ImplicitRoles.Contains(r.NormalizedName!))
            .OrderBy(r => r.Name)
            .Select(r => new RoleChoice(r.Name!, r.Description))
            .ToListAsync();

    /// <summary>The built-in role that holds every permission (the kernel's permission handler grants it all).</summary>
    public const string AdministratorRole = "Administrator";

    public static bool IsAdministrator(string role) => string.Equals(role, AdministratorRole, StringComparison.OrdinalIgnoreCase);

    private async Task<Dictionary<string, List<string>>> RolesOfAsync(IReadOnlyCollection<string> userIds)
    {
        var pairs = await (
            from ur in db.Set<IdentityUserRole<string>>().AsNoTracking()
            where userIds.Contains(ur.UserId)
            join r in db.Set<CmsRole>().AsNoTracking() on ur.RoleId equals r.Id
            orderby r.Name
            select new { ur.UserId, r.Name })
            .ToListAsync();
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).ToList());
    }
}
