using DurhamCms.Parts.Services;
using DurhamCms.StrategicPlan.OpenData;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>Public URLs of the items a page links to, in one read of the route index (<see cref="AutorouteLookup.GetPathsAsync(IReadOnlyCollection{string})"/>).</summary>
public sealed class PlanRoutes(AutorouteLookup published)
{
    public async Task<IReadOnlyDictionary<string, string>> GetUrlsAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var routes = await published.GetPathsAsync(contentItemIds);
        return contentItemIds.Distinct().ToDictionary(id => id, id => PublicUrls.ItemPath(id, routes));
    }

    public async Task<string> GetUrlAsync(string contentItemId) => (await GetUrlsAsync([contentItemId]))[contentItemId];

    /// <summary>For rows already joined to their route: an item without one is still reachable by its id.</summary>
    public static string Url(string contentItemId, string? path) =>
        string.IsNullOrEmpty(path) ? $"/contents/{contentItemId}" : "/" + path;
}
