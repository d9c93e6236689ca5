using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Status;
using Microsoft.EntityFrameworkCore;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>
/// Builds the published plan from the index tables plus one GetManyAsync per type, so its
/// cost grows with the plan's size and not with one query per initiative. Only published
/// versions are read, and a child whose parent is not published is left out with it.
/// </summary>
public sealed class PlanTreeReader(DurhamDbContext db, IContentManager contentManager, Translations.PlanTranslations translations, PublishedRoutes routes, PlanVocabulary vocabulary, InitiativeStatusResolver statuses)
{
    public async Task<PlanTree> ReadAsync(string baseUrl, CancellationToken ct)
    {
        var priorities = (await translations.SourcesAsync(await contentManager.ListAsync(Priority.Type, VersionOptions.Published)))
            .OrderBy(p => p.Number(Priority.Order) ?? p.Number(Priority.Number) ?? decimal.MaxValue)
            .ToList();
        var priorityIds = priorities.Select(p => p.ContentItemId).ToHashSet();

        var resolved = (await statuses.Resolve(db.Set<InitiativeIndex>().AsNoTracking().Where(x => x.Published)).ToListAsync(ct))
            .Where(x => x.Index.PriorityContentItemId is not null && priorityIds.Contains(x.Index.PriorityContentItemId))
            .OrderBy(x => x.Index.NumberSortKey).ThenBy(x => x.Index.Number, StringComparer.Ordinal)
            .ToList();
        var statusOf = resolved.ToDictionary(x => x.Index.ContentItemId, x => x.Status);
        var initiativeRows = resolved.Select(x => x.Index).ToList();
        var initiativeIds = initiativeRows.Select(x => x.ContentItemId).ToHashSet();
        var initiatives = (await contentManager.GetManyAsync(initiativeIds, VersionOptions.Published)).ToDictionary(i => i.ContentItemId);

        var measureRows = (await db.Set<KeyMeasureIndex>().AsNoTracking().Where(x => x.Published).OrderBy(x => x.Id).ToListAsync(ct))
            .Where(x => x.InitiativeContentItemId is not null && initiativeIds.Contains(x.InitiativeContentItemId))
            .ToList();
        var measures = (await contentManager.GetManyAsync(measureRows.Select(x => x.ContentItemId), VersionOptions.Published)).ToDictionary(i => i.ContentItemId);

        var updateRows = (await db.Set<StatusUpdateIndex>().AsNoTracking().Where(x => x.Published).ToListAsync(ct))
            .Where(x => x.InitiativeContentItemId is not null && initiativeIds.Contains(x.InitiativeContentItemId))
            .OrderByDescending(x => x.PeriodSortKey, StringComparer.Ordinal).ThenByDescending(x => x.CreatedUtc)
            .ToList();
        var updates = (await contentManager.GetManyAsync(updateRows.Select(x => x.ContentItemId), VersionOptions.Published)).ToDictionary(i => i.ContentItemId);

        var paths = await routes.ForAsync([.. priorityIds, .. initiativeIds], ct);
        var measuresByInitiative = measureRows.Where(r => measures.ContainsKey(r.ContentItemId)).ToLookup(r => r.InitiativeContentItemId!, r => Measure(measures[r.ContentItemId], baseUrl));
        var updatesByInitiative = updateRows.Where(r => updates.ContainsKey(r.ContentItemId)).ToLookup(r => r.InitiativeContentItemId!, r => Update(updates[r.ContentItemId]));
        var initiativesByPriority = initiativeRows.Where(r => initiatives.ContainsKey(r.ContentItemId)).ToLookup(
            r => r.PriorityContentItemId!,
            r => Initiative(r, statusOf[r.ContentItemId], initiatives[r.ContentItemId], baseUrl + PublicUrls.ItemPath(r.ContentItemId, paths), [.. measuresByInitiative[r.ContentItemId]], [.. updatesByInitiative[r.ContentItemId]]));

        return new PlanTree(
            await vocabulary.PublisherAsync(),
            DateTime.UtcNow,
            await vocabulary.StatusesAsync(),
            priorities.Select(p => new PlanPriority(
                p.ContentItemId,
                p.Number(Priority.Number) is { } n ? (int)n : null,
                p.DisplayText ?? "",
                baseUrl + PublicUrls.ItemPath(p.ContentItemId, paths),
                p.Text(Priority.Description),
                [.. initiativesByPriority[p.ContentItemId]])).ToList());
    }

    private static PlanInitiative Initiative(InitiativeIndex row, string? status, ContentItem item, string url, IReadOnlyList<PlanKeyMeasure> measures, IReadOnlyList<PlanStatusUpdate> updates) => new(
        row.ContentItemId,
        row.Number,
        row.ObjectiveNumber,
        row.Title,
        url,
        status,
        row.LeadDepartment,
        row.PlanCycle,
        item.Html(PlanContent.Initiative.Description),
        item.Html(PlanContent.Initiative.WhyImportant),
        measures,
        updates);

    private static PlanKeyMeasure Measure(ContentItem item, string baseUrl)
    {
        var series = MeasureSeriesReader.Read(item, KeyMeasure.Type, KeyMeasure.Series);
        return new PlanKeyMeasure(
            item.ContentItemId,
            item.DisplayText ?? "",
            item.Html(KeyMeasure.Analysis),
            series.Unit,
            series.ChartKind,
            series.Target,
            series.BetterDirection,
            // A label only where it says more than the period as stored ("July 2023" for "2023-07").
            series.Points.Select(p => new PlanMeasurePoint(p.Period, p.Label == p.Period ? null : p.Label, p.Value, p.Note)).ToList(),
            baseUrl + PublicUrls.MeasurePath(item.ContentItemId, "csv"),
            baseUrl + PublicUrls.MeasurePath(item.ContentItemId, "json"));
    }

    private static PlanStatusUpdate Update(ContentItem item) => new(
        item.ContentItemId,
        item.Text(StatusUpdate.Period) ?? "",
        item.Text(StatusUpdate.Status),
        item.Html(StatusUpdate.WhatWeHaveBeenDoing),
        item.Html(StatusUpdate.WhatsNext),
        item.PublishedUtc);
}
