using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Dashboard;
using DurhamCms.StrategicPlan.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Admin;

/// <summary>The plan's status vocabulary for the admin content list: initiatives and status updates carry one.</summary>
public sealed class PlanStatusSource(DurhamDbContext db, StatusVocabulary vocabulary) : IContentStatusSource
{
    public Task<IReadOnlyList<string>> GetStatusesAsync() => vocabulary.GetAsync();

    public IQueryable<string> LatestIdsWithStatus(string status) =>
        db.Set<InitiativeIndex>().Where(x => x.Latest && x.Status == status).Select(x => x.ContentItemId)
            .Concat(db.Set<StatusUpdateIndex>().Where(x => x.Latest && x.Status == status).Select(x => x.ContentItemId));

    public async Task<IReadOnlyDictionary<string, string>> GetLatestStatusesAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var initiatives = await db.Set<InitiativeIndex>().AsNoTracking()
            .Where(x => x.Latest && x.Status != null && contentItemIds.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.Status })
            .ToListAsync();
        var updates = await db.Set<StatusUpdateIndex>().AsNoTracking()
            .Where(x => x.Latest && x.Status != null && contentItemIds.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.Status })
            .ToListAsync();
        return initiatives.Concat(updates)
            .GroupBy(x => x.ContentItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Status!, StringComparer.Ordinal);
    }
}
