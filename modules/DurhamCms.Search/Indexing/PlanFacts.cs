using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Search.Indexing;

/// <summary>What a search document says about an item's place in the plan: facets, its initiative, its link.</summary>
public sealed record PlanFacts
{
    public string? PriorityNumber { get; init; }
    public string? Status { get; init; }
    public string? Department { get; init; }
    public string? PlanCycle { get; init; }
    public string? InitiativeId { get; init; }
    public string? InitiativeNumber { get; init; }
    public string? InitiativeTitle { get; init; }
    public long SortKey { get; init; }
    public string? Url { get; init; }
}

/// <summary>
/// Reads the plan facts of a batch of items in a few queries of the plan's index tables (never
/// one query per item): their initiatives, the priorities' numbers, and published routes. A key
/// measure or status update takes its priority, department and link from its initiative.
/// </summary>
public sealed class PlanFactsReader(DurhamDbContext db)
{
    public async Task<Dictionary<string, PlanFacts>> ReadAsync(IReadOnlyCollection<ContentItem> items, bool latest, CancellationToken ct)
    {
        var initiativeIds = items
            .Select(i => i.ContentType switch
            {
                Initiative.Type => i.ContentItemId,
                KeyMeasure.Type => i.PickedId(KeyMeasure.Initiative),
                StatusUpdate.Type => i.PickedId(StatusUpdate.Initiative),
                _ => null,
            })
            .OfType<string>().Distinct().ToList();
        var initiatives = initiativeIds.Count == 0 ? [] : (await db.Set<InitiativeIndex>().AsNoTracking()
                .Where(x => initiativeIds.Contains(x.ContentItemId) && (latest ? x.Latest : x.Published))
                .ToListAsync(ct))
            .DistinctBy(x => x.ContentItemId).ToDictionary(x => x.ContentItemId);

        // Five priorities: reading them all costs less than working out which are needed.
        var priorities = (await db.ContentItems.AsNoTracking()
                .Where(r => r.ContentType == Priority.Type && r.Published)
                .Select(r => r.Content).ToListAsync(ct))
            .Select(ContentItem.FromJson)
            .ToDictionary(p => p.ContentItemId, p => p.Number(Priority.Number) is { } n ? ((int)n).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

        var routed = items.Where(i => i.ContentType is Priority.Type or Initiative.Type).Select(i => i.ContentItemId).Concat(initiatives.Keys).Distinct().ToList();
        var routes = routed.Count == 0 ? [] : (await db.Set<AutorouteIndex>().AsNoTracking()
                .Where(x => routed.Contains(x.ContentItemId) && (latest ? x.Latest : x.Published))
                .Select(x => new { x.ContentItemId, x.Path }).ToListAsync(ct))
            .DistinctBy(x => x.ContentItemId).ToDictionary(x => x.ContentItemId, x => "/" + x.Path);

        var facts = new Dictionary<string, PlanFacts>();
        foreach (var item in items)
        {
            facts[item.ContentItemId] = item.ContentType switch
            {
                Priority.Type => new PlanFacts
                {
                    PriorityNumber = priorities.GetValueOrDefault(item.ContentItemId) ?? (item.Number(Priority.Number) is { } n ? ((int)n).ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
                    SortKey = item.Number(Priority.Number) is { } p ? (long)p * 10 * 100_000L : 0,
                    Url = routes.GetValueOrDefault(item.ContentItemId),
                },
                Initiative.Type or KeyMeasure.Type or StatusUpdate.Type => FromInitiative(item, initiatives, priorities, routes),
                _ => new PlanFacts { Url = routes.GetValueOrDefault(item.ContentItemId) },
            };
        }

        return facts;
    }

    private static PlanFacts FromInitiative(ContentItem item, Dictionary<string, InitiativeIndex> initiatives, Dictionary<string, string?> priorities, Dictionary<string, string> routes)
    {
        var initiativeId = item.ContentType == Initiative.Type ? item.ContentItemId : item.PickedId(item.ContentType == KeyMeasure.Type ? KeyMeasure.Initiative : StatusUpdate.Initiative);
        var initiative = initiativeId is null ? null : initiatives.GetValueOrDefault(initiativeId);
        var status = item.ContentType switch
        {
            Initiative.Type => item.Text(Initiative.Status),
            StatusUpdate.Type => item.Text(StatusUpdate.Status),
            _ => initiative?.Status,
        };
        return new PlanFacts
        {
            PriorityNumber = initiative?.PriorityContentItemId is { } pid ? priorities.GetValueOrDefault(pid) : null,
            Status = Blank(status),
            Department = Blank(initiative?.LeadDepartment),
            PlanCycle = Blank(initiative?.PlanCycle),
            InitiativeId = initiativeId,
            InitiativeNumber = Blank(initiative?.Number),
            InitiativeTitle = initiative?.Title,
            SortKey = initiative?.NumberSortKey ?? 0,
            Url = initiativeId is null ? null : routes.GetValueOrDefault(initiativeId),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
