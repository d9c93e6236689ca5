using DurhamCms.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Security;

public static class SecurityServiceCollectionExtensions
{
    public const string SignInPath = "/login";
    public const string SignOutPath = "/logout";
    public const string AccessDeniedPath = "/access-denied";

    /// <summary>
    /// Sign-in cookies, the permission handler and the admin policy. Every admin endpoint needs a
    /// signed-in user holding AccessAdminPanel; each action then checks its own permission.
    /// </summary>
    public static IServiceCollection AddDurhamSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".DurhamCms.SignIn";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.AccessDeniedPath = AccessDeniedPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        // A disabled user, a reset password or changed roles end the session at its next request.
        services.AddImmediateSessionValidation();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminAttribute.PolicyName, p => p
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(StandardPermissions.AccessAdminPanel)));
        return services;
    }
}
