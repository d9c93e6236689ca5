using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>
/// Caches what every resident sees alike: anonymous GET/HEAD responses that are 200 and set no
/// cookie, tagged "plan" so that a publish evicts them all, varied by the whole query string
/// (a list of known keys would serve one filter's page for another the day a page adds a key).
/// As the base policy it covers public paths only (see <see cref="IsPublicPage"/>); as the named
/// policy "PlanPage" it covers the endpoint that asks for it.
/// </summary>
public sealed class PlanPageCachePolicy(bool publicPagesOnly) : IOutputCachePolicy
{
    public const string Name = "PlanPage";
    public const string Tag = "plan";

    /// <summary>Long enough to absorb a crowd; eviction on publish keeps it correct, this only bounds memory.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromMinutes(10);

    // Paths whose answers depend on who asks or on something a publish does not evict (the search index).
    private static readonly string[] PrivatePrefixes = ["/admin", "/api/search", "/search", "/account", "/login", "/logout", "/users", "/error", "/health"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        if (!IsAnonymousRead(context.HttpContext))
        {
            // Never serve a cached page to a signed-in user, nor store theirs.
            context.EnableOutputCaching = false;
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        if (publicPagesOnly && !IsPublicPage(request.Path))
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(Tag);
        context.ResponseExpirationTimeSpan = Expiration;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || !IsAnonymousRead(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    public static bool IsPublicPage(PathString path) =>
        !PrivatePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// GET or HEAD with no credentials. The auth cookie is looked at as well as the user, because
    /// this runs before any authentication middleware a later module adds.
    /// </summary>
    private static bool IsAnonymousRead(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && context.User.Identity?.IsAuthenticated != true
            && !request.Cookies.Keys.Any(IsAuthenticationCookie);
    }

    // ASP.NET Core names its cookies ".AspNetCore.{scheme}": Identity's ".AspNetCore.Identity.Application",
    // plain cookie auth ".AspNetCore.Cookies". Antiforgery's cookie says nothing about who is signed in.
    private static bool IsAuthenticationCookie(string name) =>
        name.StartsWith(".AspNetCore.", StringComparison.Ordinal) && !name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal);
}
