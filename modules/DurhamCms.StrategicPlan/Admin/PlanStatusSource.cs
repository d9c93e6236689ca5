using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Dashboard;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Status;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Admin;

/// <summary>
/// The plan's status vocabulary for the admin content list: an initiative shows and filters by its
/// status by the rule (<see cref="InitiativeStatusResolver"/>), a status update by the one it reported.
/// </summary>
public sealed class PlanStatusSource(DurhamDbContext db, StatusVocabulary vocabulary, InitiativeStatusResolver statuses) : IContentStatusSource
{
    public Task<IReadOnlyList<string>> GetStatusesAsync() => vocabulary.GetAsync();

    public IQueryable<string> LatestIdsWithStatus(string status) =>
        statuses.Resolve(db.Set<InitiativeIndex>().Where(x => x.Latest)).Where(x => x.Status == status).Select(x => x.Index.ContentItemId)
            .Concat(db.Set<StatusUpdateIndex>().Where(x => x.Latest && x.Status == status).Select(x => x.ContentItemId));

    public async Task<IReadOnlyDictionary<string, string>> GetLatestStatusesAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var initiatives = await statuses.Resolve(db.Set<InitiativeIndex>().AsNoTracking().Where(x => x.Latest && contentItemIds.Contains(x.ContentItemId)))
            .Where(x => x.Status != null)
            .Select(x => new { x.Index.ContentItemId, x.Status })
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
