using System.Net;

namespace DurhamCms.Tests.AuditTrail;

/// <summary>How the admin refuses: anonymous users are sent to sign in, signed-in users without the permission to access-denied.</summary>
public static class Refused
{
    public static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && PathOf(response).StartsWith("/login", StringComparison.Ordinal);

    public static bool IsAccessDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response).StartsWith("/access-denied", StringComparison.Ordinal));

    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
