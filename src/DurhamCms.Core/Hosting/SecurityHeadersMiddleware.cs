using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Hosting;

/// <summary>
/// Headers that tell browsers what a page may do, on every response (pages, files, errors alike).
/// Public pages run no script at all; admin pages run only the site's own script files, or an inline
/// one carrying this request's nonce (<see cref="CspNonce"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, bool isHttps)
{
    // Inline <style> blocks and style attributes remain in the themes and admin views; style cannot run
    // code, and authored content has its style attributes cut to harmless properties by the sanitizer.
    private const string Common =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[CspNonce.ItemKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var script = IsAdmin(context.Request.Path) ? $"script-src 'self' 'nonce-{nonce}'" : "script-src 'none'";
            headers.ContentSecurityPolicy = $"{Common}; {script}";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers.Remove("Server");
            if (isHttps && context.Request.IsHttps)
            {
                // A year, the value browsers' preload lists ask for; only once the site is known to be on TLS.
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsAdmin(PathString path) => path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The request's CSP nonce, for the rare inline script an admin view cannot avoid: <c>nonce="@CspNonce.Of(Context)"</c>.</summary>
public static class CspNonce
{
    public const string ItemKey = "DurhamCms.CspNonce";

    public static string? Of(HttpContext context) => context.Items[ItemKey] as string;
}
