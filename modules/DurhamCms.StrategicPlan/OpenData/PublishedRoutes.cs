using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>
/// Published paths of many items in one query of the Autoroute index, where asking
/// IContentRouteResolver item by item would cost one query per item.
/// </summary>
public sealed class PublishedRoutes(DurhamDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct)
    {
        var ids = contentItemIds.ToList();
        var rows = await db.Set<AutorouteIndex>().AsNoTracking()
            .Where(x => x.Published && ids.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.Path })
            .ToListAsync(ct);
        return rows.DistinctBy(r => r.ContentItemId).ToDictionary(r => r.ContentItemId, r => r.Path);
    }
}
