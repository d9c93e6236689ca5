using DurhamCms.Caching;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Staleness;

/// <summary>
/// <see cref="UpdateOverdueRule"/> for many published initiatives at once (the priority list, the
/// admin's stale list): their updates' periods and their measures' cadences and latest periods from
/// the indexes; only measure rows an earlier release wrote (until the backfill reaches them) are
/// read from their documents, in one call. Anonymous renders keep the states judged for a day
/// (<see cref="PublishedReads"/>: today is part of the key) until an update or a measure changes on
/// any node; staff always judge from the shared database.
/// </summary>
public sealed class InitiativeReportingQuery(DurhamDbContext db, IContentManager contents, UpdateOverdueRule rule, PublishedReads reads)
{
    private static readonly string[] Tags = [PageCacheTags.ForType(Models.PlanContent.StatusUpdate.Type), PageCacheTags.ForType(Models.PlanContent.KeyMeasure.Type)];

    public async Task<IReadOnlyDictionary<string, ReportingState>> StatesAsync(IReadOnlyCollection<string> initiativeIds, CancellationToken ct = default)
    {
        var ids = initiativeIds.Distinct(StringComparer.Ordinal).ToList();
        var today = await rule.TodayAsync();
        return await reads.GetAsync($"reporting-states:{today:yyyy-MM-dd}:{string.Join(',', ids)}", Tags, () => JudgeAsync(ids, today, ct), states => 64 + 80L * states.Count);
    }

    private async Task<IReadOnlyDictionary<string, ReportingState>> JudgeAsync(List<string> ids, DateOnly today, CancellationToken ct)
    {
        var updates = (await db.Set<StatusUpdateIndex>().AsNoTracking()
                .Where(x => x.Published && ids.Contains(x.InitiativeContentItemId!))
                .Select(x => new { x.InitiativeContentItemId, x.Period })
                .ToListAsync(ct))
            .ToLookup(x => x.InitiativeContentItemId!, x => x.Period, StringComparer.Ordinal);
        var measureRows = await db.Set<KeyMeasureIndex>().AsNoTracking()
            .Where(x => x.Published && ids.Contains(x.InitiativeContentItemId!))
            .Select(x => new { x.ContentItemId, x.InitiativeContentItemId, x.Frequency, x.LatestPeriods })
            .ToListAsync(ct);
        var measures = new Dictionary<string, ReportingState>(StringComparer.Ordinal);
        foreach (var row in measureRows)
        {
            if (Enum.TryParse<ReportingFrequency>(row.Frequency, out var cadence))
            {
                measures.TryAdd(row.ContentItemId, rule.Of(cadence, ReportedPeriods.Read(row.LatestPeriods), today));
            }
        }

        var unfilled = measureRows.Select(r => r.ContentItemId).Where(id => !measures.ContainsKey(id)).Distinct().ToList();
        if (unfilled.Count > 0)
        {
            foreach (var measure in (await contents.GetManyAsync(unfilled, VersionOptions.Published)).DistinctBy(m => m.ContentItemId))
            {
                measures[measure.ContentItemId] = rule.OfMeasure(measure, today);
            }
        }

        var measuresOf = measureRows.DistinctBy(r => r.ContentItemId)
            .ToLookup(r => r.InitiativeContentItemId!, r => measures.GetValueOrDefault(r.ContentItemId), StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => rule.OfInitiative(updates[id], measuresOf[id], today), StringComparer.Ordinal);
    }
}
