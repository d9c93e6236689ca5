using DurhamCms.Caching;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Display;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Status;
using DurhamCms.StrategicPlan.Translations;
using DurhamCms.Localization.Services;
using Microsoft.EntityFrameworkCore;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>
/// The initiative page's data: its measures and status updates found through their indexes, then
/// read by id in one call. HTML is sanitized here as well as on save, for content written some other way.
/// </summary>
public sealed class InitiativePageQuery(
    DurhamDbContext db,
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IHtmlSanitizerService sanitizer,
    PlanRoutes routes,
    PlanTranslations translations,
    StatusVocabulary vocabulary,
    PreviewSubstitution preview,
    Reporting.ReportingCalendar calendar,
    Staleness.UpdateOverdueRule overdue,
    PublishedReads reads)
{
    public const string SeriesFieldType = "MeasureSeriesField";

    /// <remarks>
    /// <paramref name="initiative"/> may be shown in a translation's culture (see <see cref="PlanTranslationOverlay"/>):
    /// its id is the source's, and its measures, updates, priority and objective are shown in the same culture.
    /// </remarks>
    public async Task<InitiativePageModel> GetAsync(ContentItem initiative)
    {
        initiative = await translations.AsShownAsync(initiative);
        var culture = ContentCultures.CultureOf(initiative);
        var id = initiative.ContentItemId;
        // Lists the caller may change (a preview inserts into them): copies of what is kept.
        var measureIds = (await reads.GetAsync("initiative-measures:" + id, [PageCacheTags.ForType(KeyMeasure.Type)], () => db.Set<KeyMeasureIndex>().AsNoTracking()
            .Where(x => x.Published && x.InitiativeContentItemId == id)
            .Select(x => x.ContentItemId)
            .ToListAsync(), PublishedReads.SizeOf)).ToList();
        var updateIds = (await reads.GetAsync("initiative-updates:" + id, [PageCacheTags.ForType(StatusUpdate.Type)], () => InitiativeStatusResolver.LatestFirst(db.Set<StatusUpdateIndex>().AsNoTracking()
                .Where(x => x.Published && x.InitiativeContentItemId == id))
            .Select(x => x.ContentItemId)
            .ToListAsync(), PublishedReads.SizeOf)).ToList();
        var priorityId = initiative.PickedId(Initiative.Priority);
        var related = (await translations.InCultureAsync(await contentManager.GetManyAsync([.. measureIds, .. updateIds, .. priorityId is null ? Array.Empty<string>() : [priorityId]], VersionOptions.Published), culture))
            .GroupBy(i => i.ContentItemId)
            .ToDictionary(g => g.Key, g => g.First());
        if (preview.Item is { } draft && draft.PickedId(draft.ContentType == KeyMeasure.Type ? KeyMeasure.Initiative : StatusUpdate.Initiative) == id)
        {
            // A preview in context: this version stands where the published one would, or joins the page.
            related[draft.ContentItemId] = draft;
            var list = draft.ContentType == KeyMeasure.Type ? measureIds : updateIds;
            if (!list.Contains(draft.ContentItemId))
            {
                list.Insert(draft.ContentType == KeyMeasure.Type ? list.Count : 0, draft.ContentItemId);
            }
        }

        var today = await overdue.TodayAsync();
        var measures = await MeasuresAsync(measureIds.Distinct().Select(related.GetValueOrDefault).OfType<ContentItem>(), today);
        var updates = updateIds.Distinct().Select(related.GetValueOrDefault).OfType<ContentItem>().Select(Update).ToList();
        var priority = priorityId is null ? null : related.GetValueOrDefault(priorityId);
        var number = initiative.Text(Initiative.Number)?.Trim() ?? "";
        var objectiveNumber = InitiativeNumber.TryParse(number, out var parsed) ? parsed.ObjectiveNumber : null;
        var reporting = overdue.OfInitiative(updates.Select(u => u.Period), measures.Select(m => m.Reporting), today);
        var objectiveTitle = objectiveNumber is null || priorityId is null ? null : await ObjectiveTitleAsync(priorityId, objectiveNumber, culture);

        return new InitiativePageModel(
            initiative,
            number,
            initiative.DisplayText ?? "",
            InitiativeStatusResolver.Resolve(updates.FirstOrDefault(u => u.Status is not null)?.Status, initiative.Text(Initiative.Status)),
            priority?.ContentItemId,
            priority?.DisplayText,
            priority is null ? null : PageMeta.RoutePath(priority) ?? await routes.GetUrlAsync(priority.ContentItemId),
            objectiveNumber,
            objectiveTitle ?? NonEmpty(initiative.Text(Initiative.ObjectiveTitle)),
            Clean(initiative.Html(Initiative.Description)),
            Clean(initiative.Html(Initiative.WhyImportant)),
            NonEmpty(initiative.Text(Initiative.LeadDepartment)),
            NonEmpty(initiative.Text(Initiative.PlanCycle)),
            new[] { initiative }.Concat(measures.Select(m => m.Item)).Concat(updateIds.Select(related.GetValueOrDefault).OfType<ContentItem>())
                .Select(i => i.PublishedUtc ?? i.ModifiedUtc).Max(),
            measures,
            updates.FirstOrDefault(),
            updates.Skip(1).ToList(),
            await vocabulary.GetAsync(),
            LatestPeriodLabel(measures, updates),
            reporting);
    }

    /// <summary>
    /// The latest period anything on the page reports on: a measure's value or a status update.
    /// Ordered by the day the period ends, so a fiscal quarter and a month compare as dates do.
    /// </summary>
    private string? LatestPeriodLabel(IEnumerable<MeasureSection> measures, IEnumerable<UpdateSection> updates)
    {
        var latest = measures
            .SelectMany(m => MeasureSeriesReader.Read(m.Item, KeyMeasure.Type, KeyMeasure.Series).Points.Select(p => p.Period))
            .Concat(updates.Select(u => u.Period))
            .Where(p => MeasurePeriod.TryParse(p, out _, out _))
            .OrderByDescending(p => calendar.Find(p)?.End ?? DateOnly.MinValue)
            .ThenByDescending(ReportingPeriod.SortKey, StringComparer.Ordinal)
            .FirstOrDefault();
        return MeasurePeriod.TryParse(latest, out var period, out _) ? period.LabelIn(System.Globalization.CultureInfo.CurrentCulture) : null;
    }

    private async Task<List<MeasureSection>> MeasuresAsync(IEnumerable<ContentItem> items, DateOnly today)
    {
        var type = await definitions.GetTypeDefinitionAsync(KeyMeasure.Type);
        var part = type?.Parts.FirstOrDefault(p => p.Name == KeyMeasure.Type);
        var seriesFields = part?.PartDefinition.Fields.Where(f => f.FieldName == SeriesFieldType).ToList() ?? [];
        return items
            .OrderBy(i => i.CreatedUtc).ThenBy(i => i.DisplayText, StringComparer.Ordinal)
            .Select(i => new MeasureSection(
                i,
                i.DisplayText ?? "",
                Clean(i.Html(KeyMeasure.Analysis)),
                seriesFields.Select(f => new FieldDisplayModel(i, part!, f, "Detail")).ToList(),
                NonEmpty(i.Text(KeyMeasure.Source)),
                NonEmpty(i.Text(KeyMeasure.Methodology)),
                MeasureSeriesReader.Read(i, KeyMeasure.Type, KeyMeasure.Series).Points.Count > 0,
                overdue.OfMeasure(i, today)))
            .ToList();
    }

    /// <summary>The title of the priority's Objective item of that number, when there is one and it has a title.</summary>
    private Task<string?> ObjectiveTitleAsync(string priorityId, string objectiveNumber, string? culture) =>
        reads.GetAsync($"objective-title:{priorityId}:{objectiveNumber}:{culture}", [PageCacheTags.ForType(Objective.Type), PublishedReadCache.SiteSettingsTag], async () =>
            (await translations.InCultureAsync(await translations.SourcesAsync(await contentManager.ListAsync(Objective.Type, VersionOptions.Published)), culture))
                .Where(o => o.PickedId(Objective.Priority) == priorityId && o.Text(Objective.Number)?.Trim() == objectiveNumber)
                .Select(o => NonEmpty(o.DisplayText))
                .FirstOrDefault(t => t is not null), PublishedReads.SizeOf);

    private UpdateSection Update(ContentItem item) => new(
        item.ContentItemId,
        item.Text(StatusUpdate.Period)?.Trim() ?? "",
        NonEmpty(item.Text(StatusUpdate.Status)),
        Clean(item.Html(StatusUpdate.WhatWeHaveBeenDoing)),
        Clean(item.Html(StatusUpdate.WhatsNext)),
        ContentCultures.CultureOf(item));

    // Recipes write "" for a field left empty; the page shows nothing for it rather than an empty label.
    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string? Clean(string? html) => string.IsNullOrWhiteSpace(html) ? null : sanitizer.Sanitize(html);
}
