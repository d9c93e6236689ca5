using System.Security.Claims;
using DurhamCms.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Users.Security;

/// <summary>
/// Ends a session at its next request once the user is disabled or their security stamp changed
/// (password reset, roles changed), instead of waiting for Identity's periodic stamp check. One
/// lookup by primary key per signed-in request; anonymous requests cost nothing.
/// </summary>
internal static class SessionValidation
{
    public static IServiceCollection AddImmediateSessionValidation(this IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var stampValidator = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                await stampValidator(context);
                if (context.Principal?.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });
        return services;
    }

    private static async Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal!;
        var id = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null)
        {
            return false;
        }

        var user = await services.GetRequiredService<DurhamDbContext>().Set<CmsUser>().AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.IsEnabled, u.SecurityStamp })
            .FirstOrDefaultAsync();
        return user is { IsEnabled: true } && (stamp is null || string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal));
    }
}
