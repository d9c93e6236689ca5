using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Staleness;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Admin;

/// <summary>
/// The admin's stale list by the residents' rule (<see cref="UpdateOverdueRule"/>): first the
/// initiatives marked "Update overdue" on their pages, then those never reported on (residents
/// read "Not yet reported" there), each in plan order.
/// </summary>
public sealed class PlanStaleContentSource(DurhamDbContext db, InitiativeReportingQuery reporting) : IStaleContentSource
{
    public string Rule => "Initiatives whose latest status update is older than a quarter, or with a key measure not reported for its last month or quarter due (as residents see \"Update overdue\"), then those never reported on.";

    public async Task<IReadOnlyList<StaleContentItem>> ListStaleAsync(int take)
    {
        var initiatives = (await db.Set<InitiativeIndex>().AsNoTracking()
                .Where(x => x.Published)
                .Select(x => new { x.ContentItemId, x.Number, x.Title, x.NumberSortKey })
                .ToListAsync())
            .DistinctBy(x => x.ContentItemId)
            .ToList();
        var states = await reporting.StatesAsync(initiatives.Select(i => i.ContentItemId).ToList());
        var reported = await new PlanReportDates(db).LastReportedAsync();

        return initiatives
            .Select(i => (Item: i, State: states[i.ContentItemId]))
            .Where(x => x.State != ReportingState.UpToDate)
            .OrderBy(x => x.State == ReportingState.Overdue ? 0 : 1)
            .ThenBy(x => x.Item.NumberSortKey).ThenBy(x => x.Item.Number, StringComparer.Ordinal)
            .Take(take)
            .Select(x => new StaleContentItem(x.Item.ContentItemId, PlanContent.Initiative.Type, string.IsNullOrEmpty(x.Item.Number) ? x.Item.Title : $"{x.Item.Number} {x.Item.Title}")
            {
                LastReportedUtc = reported.GetValueOrDefault(x.Item.ContentItemId),
                Note = x.State == ReportingState.Overdue ? "Update overdue" : "Never reported on",
            })
            .ToList();
    }
}
