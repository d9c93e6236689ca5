using System.Net;
using System.Security.Claims;
using DurhamCms.AuditTrail.Models;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.AuditTrail;

/// <summary>Reading the audit table in tests, and acting as a signed-in user from a request outside HTTP.</summary>
public static class AuditRows
{
    public static Task<List<AuditTrailEvent>> ListAsync(TestSite site, string? contentItemId = null) =>
        site.InScopeAsync(sp =>
        {
            var query = sp.GetRequiredService<DurhamDbContext>().Set<AuditTrailEvent>().AsNoTracking();
            if (contentItemId is not null)
            {
                query = query.Where(e => e.ContentItemId == contentItemId);
            }

            return query.OrderBy(e => e.Id).ToListAsync();
        });

    public static async Task<string> UserIdAsync(IServiceProvider sp, string userName) =>
        (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))?.Id
        ?? throw new InvalidOperationException($"No user {userName}.");

    /// <summary>
    /// Makes the scope's current request one from the user at <paramref name="address"/>, as a
    /// controller would see it. Not async on purpose: the accessor's AsyncLocal set inside an
    /// async method would not flow back to the caller.
    /// </summary>
    public static void ActAs(IServiceProvider sp, string userName, string userId, string address = "203.0.113.7", params string[] roles)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userName), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "Test");
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = sp };
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
    }
}
