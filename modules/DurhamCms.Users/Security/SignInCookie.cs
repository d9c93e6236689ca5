using DurhamCms.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Users.Security;

/// <summary>
/// Identity's sign-in cookie, its URLs and lifetime; how it travels follows the site's transport
/// rules (<see cref="ProductionOptions"/>): on an https site it is Secure and "__Host-" prefixed,
/// like the antiforgery cookie the kernel sets up.
/// </summary>
public static class SignInCookie
{
    public const string SignInPath = "/login";
    public const string SignOutPath = "/logout";
    public const string AccessDeniedPath = "/access-denied";

    public static IServiceCollection AddSignInCookie(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = TransportSecurityExtensions.SignInCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.AccessDeniedPath = AccessDeniedPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, TransportRules>();

        // A disabled user, a reset password or changed roles end the session at its next request.
        services.AddImmediateSessionValidation();
        return services;
    }

    private sealed class TransportRules(ProductionOptions? production = null) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name != IdentityConstants.ApplicationScheme)
            {
                return;
            }

            var https = production?.IsHttps == true;
            options.Cookie.Name = (https ? TransportSecurityExtensions.HostPrefix : "") + TransportSecurityExtensions.SignInCookie;
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        }
    }
}
