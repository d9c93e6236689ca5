using DurhamCms.StrategicPlan.OpenData;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>Public URLs of the items a page links to, in one read of the route index (see <see cref="PublishedRoutes"/>).</summary>
public sealed class PlanRoutes(PublishedRoutes published)
{
    public async Task<IReadOnlyDictionary<string, string>> GetUrlsAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var routes = await published.ForAsync(contentItemIds, CancellationToken.None);
        return contentItemIds.Distinct().ToDictionary(id => id, id => PublicUrls.ItemPath(id, routes));
    }

    public async Task<string> GetUrlAsync(string contentItemId) => (await GetUrlsAsync([contentItemId]))[contentItemId];

    /// <summary>For rows already joined to their route: an item without one is still reachable by its id.</summary>
    public static string Url(string contentItemId, string? path) =>
        string.IsNullOrEmpty(path) ? $"/contents/{contentItemId}" : "/" + path;
}
