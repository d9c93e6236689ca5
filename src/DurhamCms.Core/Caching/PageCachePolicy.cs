using DurhamCms.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DurhamCms.Caching;

/// <summary>
/// Caches what every resident sees alike, on the endpoints that ask for it by name: anonymous
/// GET/HEAD answers that are 200 and set no cookie, one entry per value of the query keys the
/// page declared (any other key is ignored), tagged for eviction when content changes.
/// </summary>
internal sealed class PageCachePolicy(IReadOnlyCollection<string> queryKeys, TimeSpan expiration, bool enabled = true) : IOutputCachePolicy
{
    private static readonly KeyValuePair<string, object?> Hit = new("result", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("result", "miss");

    private readonly StringValues _queryKeys = new([.. queryKeys.Order(StringComparer.OrdinalIgnoreCase)]);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!enabled || !IsAnonymousRead(context.HttpContext))
        {
            // Never serve a cached page to a signed-in user, nor store theirs.
            context.EnableOutputCaching = false;
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        // Empty: the query string is no part of the key at all.
        context.CacheVaryByRules.QueryKeys = _queryKeys;
        context.Tags.Add(PageCacheTags.Site);

        context.ResponseExpirationTimeSpan = expiration;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        DurhamCmsMetrics.PageCacheRequests.Add(1, Hit);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (enabled && IsAnonymousRead(context.HttpContext))
        {
            DurhamCmsMetrics.PageCacheRequests.Add(1, Miss);
        }

        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || !IsAnonymousRead(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// GET or HEAD with no credentials. The auth cookie is looked at as well as the user, because
    /// the user is only known once authentication has run, and a module's middleware may come first.
    /// <see cref="PublishedReads"/> keeps reads for the same requests.
    /// </summary>
    internal static bool IsAnonymousRead(HttpContext context)
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
