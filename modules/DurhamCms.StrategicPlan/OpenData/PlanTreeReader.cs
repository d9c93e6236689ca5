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
public sealed class PlanTreeReader(DurhamDbContext db, IContentManager contentManager, Translations.PlanTranslations translations, Parts.Services.AutorouteLookup routes, PlanVocabulary vocabulary, InitiativeStatusResolver statuses, Staleness.UpdateOverdueRule overdue)
{
    public Task<PlanTree> ReadAsync(string baseUrl, CancellationToken ct) => ReadAsync(baseUrl, null, "", ct);

    /// <summary>
    /// The plan as residents of <paramref name="culture"/> read it (null: the default culture): the
    /// same items, numbers and points, with each item's translated texts and translated page where it
    /// has them. <paramref name="prefix"/> ("/es") leads the culture's own download addresses.
    /// </summary>
    public async Task<PlanTree> ReadAsync(string baseUrl, string? culture, string prefix, CancellationToken ct)
    {
        var translated = await translations.IsTranslatedCultureAsync(culture);
        var priorities = (await translations.InCultureAsync(
                (await translations.SourcesAsync(await contentManager.ListAsync(Priority.Type, VersionOptions.Published)))
                    .OrderBy(p => p.Number(Priority.Order) ?? p.Number(Priority.Number) ?? decimal.MaxValue)
                    .ToList(),
                culture))
            .ToList();
        var priorityIds = priorities.Select(p => p.ContentItemId).ToHashSet();

        var resolved = (await statuses.Resolve(db.Set<InitiativeIndex>().AsNoTracking().Where(x => x.Published)).ToListAsync(ct))
            .Where(x => x.Index.PriorityContentItemId is not null && priorityIds.Contains(x.Index.PriorityContentItemId))
            .OrderBy(x => x.Index.NumberSortKey).ThenBy(x => x.Index.Number, StringComparer.Ordinal)
            .ToList();
        var statusOf = resolved.ToDictionary(x => x.Index.ContentItemId, x => x.Status);
        var initiativeRows = resolved.Select(x => x.Index).ToList();
        var initiativeIds = initiativeRows.Select(x => x.ContentItemId).ToHashSet();
        var initiatives = await InCultureAsync(await contentManager.GetManyAsync(initiativeIds, VersionOptions.Published), culture);

        var measureRows = (await db.Set<KeyMeasureIndex>().AsNoTracking().Where(x => x.Published).OrderBy(x => x.Id).ToListAsync(ct))
            .Where(x => x.InitiativeContentItemId is not null && initiativeIds.Contains(x.InitiativeContentItemId))
            .ToList();
        var measures = await InCultureAsync(await contentManager.GetManyAsync(measureRows.Select(x => x.ContentItemId), VersionOptions.Published), culture);

        var updateRows = (await db.Set<StatusUpdateIndex>().AsNoTracking().Where(x => x.Published).ToListAsync(ct))
            .Where(x => x.InitiativeContentItemId is not null && initiativeIds.Contains(x.InitiativeContentItemId))
            .OrderByDescending(x => x.PeriodSortKey, StringComparer.Ordinal).ThenByDescending(x => x.CreatedUtc)
            .ToList();
        var updates = await InCultureAsync(await contentManager.GetManyAsync(updateRows.Select(x => x.ContentItemId), VersionOptions.Published), culture);

        var paths = await routes.GetPathsAsync([.. priorityIds, .. initiativeIds], ct);
        // A translated item's page is its translation's; an untranslated one keeps the source's.
        string Url(ContentItem shown) => baseUrl + (translated && RoutePath(shown) is { } own ? own : PublicUrls.ItemPath(shown.ContentItemId, paths));
        var today = await overdue.TodayAsync();
        var measuresByInitiative = measureRows.Where(r => measures.ContainsKey(r.ContentItemId)).ToLookup(r => r.InitiativeContentItemId!, r => Measure(measures[r.ContentItemId], baseUrl + prefix, overdue.OfMeasure(measures[r.ContentItemId], today)));
        var updatesByInitiative = updateRows.Where(r => updates.ContainsKey(r.ContentItemId)).ToLookup(r => r.InitiativeContentItemId!, r => Update(updates[r.ContentItemId]));
        var initiativesByPriority = initiativeRows.Where(r => initiatives.ContainsKey(r.ContentItemId)).ToLookup(
            r => r.PriorityContentItemId!,
            r => Initiative(r, statusOf[r.ContentItemId], initiatives[r.ContentItemId], Url(initiatives[r.ContentItemId]), [.. measuresByInitiative[r.ContentItemId]], [.. updatesByInitiative[r.ContentItemId]], translated,
                overdue.OfInitiative(updatesByInitiative[r.ContentItemId].Select(u => u.Period), measuresByInitiative[r.ContentItemId].Select(m => m.UpdateOverdue ? Staleness.ReportingState.Overdue : Staleness.ReportingState.UpToDate), today)));

        return new PlanTree(
            await vocabulary.PublisherAsync(),
            DateTime.UtcNow,
            await vocabulary.StatusesAsync(),
            priorities.Select(p => new PlanPriority(
                p.ContentItemId,
                p.Number(Priority.Number) is { } n ? (int)n : null,
                p.DisplayText ?? "",
                Url(p),
                p.Text(Priority.Description),
                [.. initiativesByPriority[p.ContentItemId]])).ToList());
    }

    private async Task<Dictionary<string, ContentItem>> InCultureAsync(IEnumerable<ContentItem> items, string? culture) =>
        (await translations.InCultureAsync(items.ToList(), culture)).ToDictionary(i => i.ContentItemId);

    private static string? RoutePath(ContentItem item) =>
        item.GetPartJson("AutoroutePart")?["Path"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var path) && path.Length > 0 ? "/" + path : null;

    private static PlanInitiative Initiative(InitiativeIndex row, string? status, ContentItem item, string url, IReadOnlyList<PlanKeyMeasure> measures, IReadOnlyList<PlanStatusUpdate> updates, bool translated, Staleness.ReportingState reporting) => new(
        row.ContentItemId,
        row.Number,
        row.ObjectiveNumber,
        translated ? item.DisplayText ?? row.Title : row.Title,
        url,
        status,
        translated ? item.Text(PlanContent.Initiative.LeadDepartment) ?? row.LeadDepartment : row.LeadDepartment,
        row.PlanCycle,
        item.Html(PlanContent.Initiative.Description),
        item.Html(PlanContent.Initiative.WhyImportant),
        measures,
        updates,
        Staleness.UpdateOverdueRule.InitiativeCadence.ToString().ToLowerInvariant(),
        reporting == Staleness.ReportingState.Overdue);

    private static PlanKeyMeasure Measure(ContentItem item, string baseUrl, Staleness.ReportingState reporting)
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
            baseUrl + PublicUrls.MeasurePath(item.ContentItemId, "json"),
            Reporting.ReportingFields.FrequencyOf(item).ToString().ToLowerInvariant(),
            reporting == Staleness.ReportingState.Overdue);
    }

    private static PlanStatusUpdate Update(ContentItem item) => new(
        item.ContentItemId,
        item.Text(StatusUpdate.Period) ?? "",
        item.Text(StatusUpdate.Status),
        item.Html(StatusUpdate.WhatWeHaveBeenDoing),
        item.Html(StatusUpdate.WhatsNext),
        item.PublishedUtc);
}
