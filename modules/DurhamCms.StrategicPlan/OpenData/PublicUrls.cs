using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>Absolute URLs for what leaves the site (feeds, sitemap, open data) where relative ones mean nothing.</summary>
public sealed class PublicUrls(IOptions<PublicUrlOptions> options)
{
    public string BaseUrl(HttpRequest request) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>"/initiatives/3-11-x" for a routed item, else its by-id address.</summary>
    public static string ItemPath(string contentItemId, IReadOnlyDictionary<string, string> routes) =>
        routes.TryGetValue(contentItemId, out var path) ? "/" + path : $"/contents/{contentItemId}";

    public static string MeasurePath(string contentItemId, string extension) => $"/api/measures/{contentItemId}.{extension}";
}
