using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Admin;

/// <summary>
/// Published initiatives whose newest published status update and newest published key measure
/// are both older than the cut-off (or that have neither): read from the index tables and the
/// versions' dates, never from documents.
/// </summary>
public sealed class PlanStaleContentSource(DurhamDbContext db) : IStaleContentSource
{
    public async Task<IReadOnlyList<StaleContentItem>> ListStaleAsync(DateTime reportedBeforeUtc, int take)
    {
        var initiatives = await db.Set<InitiativeIndex>().AsNoTracking()
            .Where(x => x.Published)
            .Select(x => new { x.ContentItemId, x.Number, x.Title, x.NumberSortKey })
            .ToListAsync();
        var updates = await LastReportsAsync(db.Set<StatusUpdateIndex>().Where(x => x.Published).Select(x => new Report { InitiativeContentItemId = x.InitiativeContentItemId, DocumentId = x.DocumentId }));
        var measures = await LastReportsAsync(db.Set<KeyMeasureIndex>().Where(x => x.Published).Select(x => new Report { InitiativeContentItemId = x.InitiativeContentItemId, DocumentId = x.DocumentId }));

        return initiatives
            .Select(i => new StaleContentItem(i.ContentItemId, PlanContent.Initiative.Type, string.IsNullOrEmpty(i.Number) ? i.Title : $"{i.Number} {i.Title}")
            {
                LastReportedUtc = Latest(updates.GetValueOrDefault(i.ContentItemId), measures.GetValueOrDefault(i.ContentItemId)),
            })
            .Where(i => i.LastReportedUtc is null || i.LastReportedUtc < reportedBeforeUtc)
            .OrderBy(i => i.LastReportedUtc ?? DateTime.MinValue)
            .ThenBy(i => i.DisplayText, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

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
