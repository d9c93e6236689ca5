using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Admin;

/// <summary>
/// When each published initiative was last reported on: the newest publish date of its status
/// updates and key measures, read from the index tables and the versions' dates, never from documents.
/// The home page's "updated in the last quarter" counts by it; the stale list shows it beside each item.
/// </summary>
public sealed class PlanReportDates(DurhamDbContext db)
{
    /// <summary>Every published initiative's last report (null when never), by id.</summary>
    public async Task<IReadOnlyDictionary<string, DateTime?>> LastReportedAsync()
    {
        var initiatives = await db.Set<InitiativeIndex>().AsNoTracking().Where(x => x.Published).Select(x => x.ContentItemId).Distinct().ToListAsync();
        var updates = await LastReportsAsync(db.Set<StatusUpdateIndex>().Where(x => x.Published).Select(x => new Report { InitiativeContentItemId = x.InitiativeContentItemId, DocumentId = x.DocumentId }));
        var measures = await LastReportsAsync(db.Set<KeyMeasureIndex>().Where(x => x.Published).Select(x => new Report { InitiativeContentItemId = x.InitiativeContentItemId, DocumentId = x.DocumentId }));
        return initiatives.ToDictionary(id => id, id => Latest(updates.GetValueOrDefault(id), measures.GetValueOrDefault(id)), StringComparer.Ordinal);
    }

    /// <summary>
    /// How many published initiatives were reported on since <paramref name="sinceUtc"/>: those
    /// <see cref="ReportedBeforeAsync"/> leaves out. Counted in the database from the versions
    /// published since, through the index of versions by type and date, so a render reads neither
    /// every initiative's dates nor any document.
    /// </summary>
    public Task<int> CountReportedSinceAsync(DateTime sinceUtc)
    {
        var updates =
            from s in db.Set<StatusUpdateIndex>().Where(x => x.Published)
            join v in PublishedSince(Models.PlanContent.StatusUpdate.Type, sinceUtc) on s.DocumentId equals v.Id
            select s.InitiativeContentItemId;
        var measures =
            from m in db.Set<KeyMeasureIndex>().Where(x => x.Published)
            join v in PublishedSince(Models.PlanContent.KeyMeasure.Type, sinceUtc) on m.DocumentId equals v.Id
            select m.InitiativeContentItemId;
        return db.Set<InitiativeIndex>().AsNoTracking()
            .Where(i => i.Published && (updates.Contains(i.ContentItemId) || measures.Contains(i.ContentItemId)))
            .Select(i => i.ContentItemId)
            .Distinct()
            .CountAsync();
    }

    private IQueryable<ContentItemRecord> PublishedSince(string contentType, DateTime sinceUtc) =>
        db.ContentItems.Where(v => v.ContentType == contentType && v.Published && (v.PublishedUtc ?? v.ModifiedUtc) >= sinceUtc);

    /// <summary>Ids of published initiatives not reported on since <paramref name="sinceUtc"/> (or never).</summary>
    public async Task<IReadOnlyList<string>> ReportedBeforeAsync(DateTime sinceUtc) =>
        (await LastReportedAsync()).Where(x => x.Value is null || x.Value < sinceUtc).Select(x => x.Key).ToList();

    private async Task<Dictionary<string, DateTime?>> LastReportsAsync(IQueryable<Report> reports)
    {
        var rows = await (
            from r in reports
            where r.InitiativeContentItemId != null
            join v in db.ContentItems on r.DocumentId equals v.Id
            group (v.PublishedUtc ?? v.ModifiedUtc) by r.InitiativeContentItemId into g
            select new { Id = g.Key, Last = g.Max() })
            .ToListAsync();
        return rows.ToDictionary(r => r.Id!, r => r.Last, StringComparer.Ordinal);
    }

    private static DateTime? Latest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    // A class with setters, not a positional record: EF composes member-init projections, not constructor calls.
    private sealed class Report
    {
        public string? InitiativeContentItemId { get; init; }
        public long DocumentId { get; init; }
    }
}
