using DurhamCms.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// The permission handler and the admin policy. Every admin endpoint needs a signed-in user
    /// holding AccessAdminPanel; each action then checks its own permission. Who is signed in (the
    /// sign-in cookie, its URLs and session checks) is the Users module's, whose scheme becomes the
    /// default: without it, nobody is signed in (<see cref="NoSignInHandler"/>).
    /// </summary>
    public static IServiceCollection AddDurhamSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(NoSignInHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, NoSignInHandler>(NoSignInHandler.SchemeName, configureOptions: null);
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminAttribute.PolicyName, p => p
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(StandardPermissions.AccessAdminPanel)));
        return services;
    }
}
