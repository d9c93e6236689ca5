using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>Public URLs of many items in one read of the route index (a list page would otherwise ask once per item).</summary>
public sealed class PlanRoutes(DurhamDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> GetUrlsAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var paths = await db.Set<AutorouteIndex>().AsNoTracking()
            .Where(x => x.Published && contentItemIds.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.Path })
            .ToListAsync();
        var byId = paths.GroupBy(x => x.ContentItemId).ToDictionary(g => g.Key, g => g.First().Path);
        return contentItemIds.Distinct().ToDictionary(id => id, id => Url(id, byId.GetValueOrDefault(id)));
    }

    public async Task<string> GetUrlAsync(string contentItemId) => (await GetUrlsAsync([contentItemId]))[contentItemId];

    /// <summary>An item without a route is still reachable by its id.</summary>
    public static string Url(string contentItemId, string? path) =>
        string.IsNullOrEmpty(path) ? $"/contents/{contentItemId}" : "/" + path;
}
