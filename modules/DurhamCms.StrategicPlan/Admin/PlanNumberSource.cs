using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Admin;

/// <summary>
/// Initiative numbers for the admin list and picker: an initiative is "3.11" under its priority,
/// and its status updates and key measures carry the same number, so "3.11" finds all of them.
/// </summary>
public sealed class PlanNumberSource(DurhamDbContext db) : IContentNumberSource
{
    public string ParentHeading => "Priority";

    public IQueryable<string> LatestIdsNumbered(string number)
    {
        var initiatives = db.Set<InitiativeIndex>().Where(x => x.Latest && x.Number == number).Select(x => x.ContentItemId);
        return initiatives
            .Concat(db.Set<StatusUpdateIndex>().Where(x => x.Latest && initiatives.Contains(x.InitiativeContentItemId!)).Select(x => x.ContentItemId))
            .Concat(db.Set<KeyMeasureIndex>().Where(x => x.Latest && initiatives.Contains(x.InitiativeContentItemId!)).Select(x => x.ContentItemId));
    }

    public async Task<IReadOnlyDictionary<string, ContentNumber>> GetLatestNumbersAsync(IReadOnlyCollection<string> contentItemIds)
    {
        // Each item's initiative: itself, or the one its update or measure picks.
        var owners = await db.Set<StatusUpdateIndex>().AsNoTracking()
            .Where(x => x.Latest && x.InitiativeContentItemId != null && contentItemIds.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, Initiative = x.InitiativeContentItemId! })
            .Concat(db.Set<KeyMeasureIndex>().AsNoTracking()
                .Where(x => x.Latest && x.InitiativeContentItemId != null && contentItemIds.Contains(x.ContentItemId))
                .Select(x => new { x.ContentItemId, Initiative = x.InitiativeContentItemId! }))
            .ToListAsync();
        var initiativeOf = owners.GroupBy(x => x.ContentItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Initiative, StringComparer.Ordinal);
        foreach (var id in contentItemIds.Where(id => !initiativeOf.ContainsKey(id)))
        {
            initiativeOf[id] = id;
        }

        var wanted = initiativeOf.Values.Distinct(StringComparer.Ordinal).ToList();
        var initiatives = await db.Set<InitiativeIndex>().AsNoTracking()
            .Where(x => x.Latest && wanted.Contains(x.ContentItemId) && x.Number != "")
            .Select(x => new { x.ContentItemId, x.Number, x.PriorityContentItemId })
            .ToListAsync();
        var priorityIds = initiatives.Select(x => x.PriorityContentItemId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var priorities = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && priorityIds.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.DisplayText })
            .ToDictionaryAsync(r => r.ContentItemId, r => r.DisplayText, StringComparer.Ordinal);
        var numbers = initiatives.ToDictionary(
            x => x.ContentItemId,
            x => new ContentNumber(x.Number, x.PriorityContentItemId is { } p ? priorities.GetValueOrDefault(p) : null),
            StringComparer.Ordinal);

        return initiativeOf
            .Where(x => numbers.ContainsKey(x.Value))
            .ToDictionary(x => x.Key, x => numbers[x.Value], StringComparer.Ordinal);
    }
}
