using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Staleness;

/// <summary>
/// <see cref="UpdateOverdueRule"/> for many published initiatives at once (the priority list, the
/// admin's stale list): their updates' periods from the index, their measures read in one call.
/// Nothing is kept between requests, so every node of a cluster judges from the shared database.
/// </summary>
public sealed class InitiativeReportingQuery(DurhamDbContext db, IContentManager contents, UpdateOverdueRule rule)
{
    public async Task<IReadOnlyDictionary<string, ReportingState>> StatesAsync(IReadOnlyCollection<string> initiativeIds, CancellationToken ct = default)
    {
        var ids = initiativeIds.Distinct(StringComparer.Ordinal).ToList();
        var today = await rule.TodayAsync();
        var updates = (await db.Set<StatusUpdateIndex>().AsNoTracking()
                .Where(x => x.Published && ids.Contains(x.InitiativeContentItemId!))
                .Select(x => new { x.InitiativeContentItemId, x.Period })
                .ToListAsync(ct))
            .ToLookup(x => x.InitiativeContentItemId!, x => x.Period, StringComparer.Ordinal);
        var measureRows = await db.Set<KeyMeasureIndex>().AsNoTracking()
            .Where(x => x.Published && ids.Contains(x.InitiativeContentItemId!))
            .Select(x => new { x.ContentItemId, x.InitiativeContentItemId })
            .ToListAsync(ct);
        var measures = (await contents.GetManyAsync(measureRows.Select(r => r.ContentItemId).Distinct(), VersionOptions.Published))
            .GroupBy(m => m.ContentItemId)
            .ToDictionary(g => g.Key, g => rule.OfMeasure(g.First(), today), StringComparer.Ordinal);
        var measuresOf = measureRows.DistinctBy(r => r.ContentItemId)
            .ToLookup(r => r.InitiativeContentItemId!, r => measures.GetValueOrDefault(r.ContentItemId), StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => rule.OfInitiative(updates[id], measuresOf[id], today), StringComparer.Ordinal);
    }
}
