using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using DurhamCms.Search.Contributors;
using DurhamCms.Search.Models;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Status;
using Microsoft.EntityFrameworkCore;
using static DurhamCms.StrategicPlan.Models.PlanContent;
using static DurhamCms.StrategicPlan.Search.PlanSearchCatalog;

namespace DurhamCms.StrategicPlan.Search;

/// <summary>
/// What a search document says of an item's place in the plan: its priority, status, department
/// and plan cycle, its initiative's number, where its hit links. A key measure or status update
/// takes its priority, department and link from its initiative, so it is written again whenever
/// its initiative is. Reads a batch's facts in a few queries of the plan's index tables, never
/// one per item.
/// </summary>
public sealed class PlanSearchDocumentContributor(DurhamDbContext db, InitiativeStatusResolver statuses) : ISearchDocumentContributor
{
    public async Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct)
    {
        var initiativeIds = batch.Items.Select(InitiativeIdOf).OfType<string>().Distinct().ToList();
        var initiatives = initiativeIds.Count == 0 ? [] : (await statuses.Resolve(db.Set<InitiativeIndex>().AsNoTracking()
                .Where(x => initiativeIds.Contains(x.ContentItemId) && (batch.Latest ? x.Latest : x.Published)))
                .ToListAsync(ct))
            .DistinctBy(x => x.Index.ContentItemId).ToDictionary(x => x.Index.ContentItemId);

        // Five priorities: reading them all costs less than working out which are needed.
        var priorities = (await db.ContentItems.AsNoTracking()
                .Where(r => r.ContentType == Priority.Type && r.Published)
                .Select(r => r.Content).ToListAsync(ct))
            .Select(ContentItem.FromJson)
            .ToDictionary(p => p.ContentItemId, p => NumberText(p.Number(Priority.Number)));

        // A measure's or update's hit links to its initiative's page (an item's own route is Search's).
        var linked = batch.Items.Where(i => i.ContentType is KeyMeasure.Type or StatusUpdate.Type).Select(InitiativeIdOf).OfType<string>().Distinct().ToList();
        var routes = linked.Count == 0 ? [] : (await db.Set<AutorouteIndex>().AsNoTracking()
                .Where(x => linked.Contains(x.ContentItemId) && (batch.Latest ? x.Latest : x.Published))
                .Select(x => new { x.ContentItemId, x.Path }).ToListAsync(ct))
            .DistinctBy(x => x.ContentItemId).ToDictionary(x => x.ContentItemId, x => "/" + x.Path);

        foreach (var document in batch.Documents)
        {
            switch (document.Item.ContentType)
            {
                case Priority.Type:
                    DescribePriority(document, priorities);
                    break;
                case Initiative.Type or KeyMeasure.Type or StatusUpdate.Type:
                    DescribeInitiativeItem(document, initiatives, priorities, routes);
                    break;
            }
        }
    }

    /// <summary>
    /// An initiative's measures and updates repeat its priority, status, department and link; and an
    /// initiative's status is its latest update's, so a changed update writes its initiative again
    /// (and, through it, the initiative's other measures and updates).
    /// </summary>
    public async Task<IReadOnlyCollection<string>> ItemsToReindexWithAsync(IReadOnlyCollection<IndexingTask> changes, CancellationToken ct)
    {
        var changedUpdates = changes.Where(t => t.ContentType == StatusUpdate.Type).Select(t => t.ContentItemId).Distinct().ToList();
        var reportedOn = changedUpdates.Count == 0 ? [] : await db.Set<StatusUpdateIndex>().AsNoTracking()
            .Where(x => changedUpdates.Contains(x.ContentItemId) && x.InitiativeContentItemId != null)
            .Select(x => x.InitiativeContentItemId!)
            .Distinct()
            .ToListAsync(ct);
        var initiatives = changes.Where(t => t.ContentType == Initiative.Type).Select(t => t.ContentItemId).Concat(reportedOn).Distinct().ToList();
        if (initiatives.Count == 0)
        {
            return [];
        }

        var updates = await db.Set<StatusUpdateIndex>().AsNoTracking().Where(x => x.InitiativeContentItemId != null && initiatives.Contains(x.InitiativeContentItemId)).Select(x => x.ContentItemId).ToListAsync(ct);
        var measures = await db.Set<KeyMeasureIndex>().AsNoTracking().Where(x => x.InitiativeContentItemId != null && initiatives.Contains(x.InitiativeContentItemId)).Select(x => x.ContentItemId).ToListAsync(ct);
        return [.. reportedOn.Concat(updates).Concat(measures).Distinct()];
    }

    private static void DescribePriority(SearchDocument document, Dictionary<string, string?> priorities)
    {
        var number = document.Item.Number(Priority.Number);
        document.Kind = "Priority";
        document.SetFacet(PriorityFacet, priorities.GetValueOrDefault(document.Item.ContentItemId) ?? NumberText(number));
        document.LabelsFacetValue(PriorityFacet);
        document.SetSortValue(NumberSort, number is { } p ? (long)p * 10 * 100_000L : 0);
    }

    private static void DescribeInitiativeItem(SearchDocument document, Dictionary<string, ResolvedInitiative> initiatives, Dictionary<string, string?> priorities, Dictionary<string, string> routes)
    {
        var item = document.Item;
        var initiativeId = InitiativeIdOf(item);
        var resolved = initiativeId is null ? null : initiatives.GetValueOrDefault(initiativeId);
        var initiative = resolved?.Index;
        var number = Blank(initiative?.Number);
        // An update is faceted by the status it reported; an initiative and its measures by the rule's.
        var status = item.ContentType == StatusUpdate.Type
            ? item.Text(StatusUpdate.Status)
            : resolved is null ? item.Text(Initiative.Status) : resolved.Status;

        document.SetFacet(PriorityFacet, initiative?.PriorityContentItemId is { } pid ? priorities.GetValueOrDefault(pid) : null);
        document.SetFacet(StatusFacet, status);
        document.SetFacet(DepartmentFacet, initiative?.LeadDepartment);
        document.SetFacet(PlanCycleFacet, initiative?.PlanCycle);
        document.SetSortValue(NumberSort, initiative?.NumberSortKey ?? 0);
        document.AddKeyword(ItsInitiativeNumberKeyword, number);
        if (item.ContentType == Initiative.Type)
        {
            document.AddKeyword(InitiativeNumberKeyword, number);
            document.Kind = $"Initiative {number}".TrimEnd();
            return;
        }

        var kind = item.ContentType == KeyMeasure.Type ? "Key measure" : "Status update";
        document.Kind = number is null ? kind : $"{kind} of initiative {number}";
        document.PartOf = initiative?.Title;
        document.Url = initiativeId is null ? null : routes.GetValueOrDefault(initiativeId);
    }

    private static string? InitiativeIdOf(ContentItem item) => item.ContentType switch
    {
        Initiative.Type => item.ContentItemId,
        KeyMeasure.Type => item.PickedId(KeyMeasure.Initiative),
        StatusUpdate.Type => item.PickedId(StatusUpdate.Initiative),
        _ => null,
    };

    private static string? NumberText(decimal? number) => number is { } n ? ((int)n).ToString(CultureInfo.InvariantCulture) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
