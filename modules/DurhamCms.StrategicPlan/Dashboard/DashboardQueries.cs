using DurhamCms.Caching;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using DurhamCms.StrategicPlan.Admin;
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
/// The reads behind the home and priority pages. Initiatives come from their index rows only;
/// documents are read for the five priorities only. Anonymous renders keep what the index queries
/// return (<see cref="PublishedReads"/>) until an item of a type they read changes.
/// </summary>
public sealed class DashboardQueries(DurhamDbContext db, IContentManager contentManager, PlanTranslations translations, StatusVocabulary vocabulary, InitiativeStatusResolver statuses, PlanRoutes routes, Microsoft.Extensions.Options.IOptions<DashboardOptions> options, TimeProvider clock, Staleness.InitiativeReportingQuery reporting, PublishedReads reads)
{
    private static readonly string[] ListingTags = [PageCacheTags.ForType(Initiative.Type), PageCacheTags.ForType(StatusUpdate.Type)];
    private static readonly string[] TallyTags = [PageCacheTags.ForType(Initiative.Type), PageCacheTags.ForType(KeyMeasure.Type)];

    /// <summary>A row of a priority's list of initiatives: index columns, the resolved status, the route.</summary>
    private sealed record ListedInitiative(string ContentItemId, string Number, string ObjectiveNumber, string? ObjectiveTitle, string Title, string? Status, string? Path)
    {
        public long Size => 200 + 2L * (Number.Length + ObjectiveNumber.Length + (ObjectiveTitle?.Length ?? 0) + Title.Length + (Status?.Length ?? 0) + (Path?.Length ?? 0));
    }

    /// <summary>The longest unknown filter value echoed back to the reader.</summary>
    private const int MaxEchoedStatusLength = 60;

    /// <summary>The home page in <paramref name="culture"/>: translated priorities show their translation's title and text and link to its page.</summary>
    public async Task<HomeModel> GetHomeAsync(string? culture = null)
    {
        var vocabularyStatuses = await vocabulary.GetAsync();
        var priorities = await translations.InCultureAsync(await PublishedPrioritiesAsync(), culture);
        var translated = await translations.IsTranslatedCultureAsync(culture);
        // One short row per initiative, grouped here: the status is the rule's, not a column to group by.
        var counts = await reads.GetAsync("home-status-counts", ListingTags, async () => (await statuses.Resolve(db.Set<InitiativeIndex>().AsNoTracking().Where(x => x.Published))
                .Select(r => new { r.Index.PriorityContentItemId, r.Status })
                .ToListAsync())
            .GroupBy(x => new { x.PriorityContentItemId, x.Status })
            .Select(g => (g.Key.PriorityContentItemId, g.Key.Status, Count: g.Count()))
            .ToList(), list => 64 + 100L * list.Count);
        var urls = await routes.GetUrlsAsync(priorities.Select(p => p.ContentItemId).ToList());

        var cards = priorities.Select(p => new PriorityCard(
            p.Number(Priority.Number) is { } n ? (int)n : null,
            p.DisplayText ?? "",
            (translated && string.Equals(ContentCultures.CultureOf(p), culture, StringComparison.OrdinalIgnoreCase) ? PageMeta.RoutePath(p) : null) ?? urls[p.ContentItemId],
            p.Text(Priority.Description),
            RollUp(vocabularyStatuses, counts.Where(c => c.PriorityContentItemId == p.ContentItemId).Select(c => new StatusCount(c.Status ?? "", c.Count)))))
            .ToList();
        var tallies = await MeasureTalliesAsync();
        return new HomeModel(cards, vocabularyStatuses, new PlanProgress(
            tallies.Values.Aggregate(MeasureTally.None, (sum, t) => sum.Add(t)),
            await UpdatedInLastQuarterAsync(),
            await reads.GetAsync("home-initiative-count", [PageCacheTags.ForType(Initiative.Type)],
                () => db.Set<InitiativeIndex>().AsNoTracking().Where(x => x.Published).Select(x => x.ContentItemId).Distinct().CountAsync(), _ => 64)));
    }

    /// <summary>
    /// Published initiatives with a status update or a measure published in the three months before
    /// now (the site's clock): the admin's stale list read the other way round, so the two agree.
    /// </summary>
    private Task<int> UpdatedInLastQuarterAsync()
    {
        // To the minute, so anonymous renders can share one count for a minute (it reads every report date).
        var now = clock.GetUtcNow().UtcDateTime;
        var since = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMonths(-3);
        return reads.GetAsync("updated-since:" + since.ToString("O"), [.. ListingTags, PageCacheTags.ForType(KeyMeasure.Type)],
            () => new PlanReportDates(db).CountReportedSinceAsync(since), _ => 64);
    }

    /// <summary>
    /// Published measures of published initiatives, tallied per priority (key "" for initiatives
    /// without one). The indexes hold the default culture only, so translations never count twice.
    /// The standing is counted on the index rows in one grouped query; only rows written before
    /// the index kept it (an upgraded site, until those measures are saved again) read the series.
    /// </summary>
    private Task<IReadOnlyDictionary<string, MeasureTally>> MeasureTalliesAsync(string? priorityContentItemId = null) =>
        reads.GetAsync("measure-tallies:" + priorityContentItemId, TallyTags, () => CountMeasureTalliesAsync(priorityContentItemId), t => 64 + 100L * t.Count);

    private async Task<IReadOnlyDictionary<string, MeasureTally>> CountMeasureTalliesAsync(string? priorityContentItemId)
    {
        var measures =
            from m in db.Set<KeyMeasureIndex>().AsNoTracking().Where(m => m.Published)
            join i in db.Set<InitiativeIndex>().AsNoTracking().Where(i => i.Published) on m.InitiativeContentItemId equals i.ContentItemId
            where priorityContentItemId == null || i.PriorityContentItemId == priorityContentItemId
            select new { m.ContentItemId, i.PriorityContentItemId, m.Standing };
        var counted = await measures
            .Where(m => m.Standing != null)
            .GroupBy(m => new { m.PriorityContentItemId, m.Standing })
            .Select(g => new { g.Key.PriorityContentItemId, g.Key.Standing, Count = g.Select(m => m.ContentItemId).Distinct().Count() })
            .ToListAsync();
        var standings = counted
            .Select(c => (Priority: c.PriorityContentItemId ?? "", State: Enum.TryParse<TargetState>(c.Standing, out var state) ? state : TargetState.NoTarget, c.Count))
            .ToList();

        var unknown = (await measures.Where(m => m.Standing == null).Select(m => new { m.ContentItemId, m.PriorityContentItemId }).ToListAsync())
            .GroupBy(r => r.ContentItemId)
            .ToDictionary(g => g.Key, g => g.First().PriorityContentItemId ?? "");
        if (unknown.Count > 0)
        {
            var items = await contentManager.GetManyAsync(unknown.Keys, VersionOptions.Published);
            standings.AddRange(items
                .GroupBy(i => i.ContentItemId).Select(g => g.First())
                .Select(i => (unknown[i.ContentItemId], MeasureStanding.Of(MeasureSeriesReader.Read(i, KeyMeasure.Type, KeyMeasure.Series)).State, 1)));
        }

        return standings
            .GroupBy(x => x.Priority)
            .ToDictionary(g => g.Key, g => new MeasureTally(
                g.Where(x => x.State == TargetState.OnTarget).Sum(x => x.Count),
                g.Where(x => x.State == TargetState.OffTarget).Sum(x => x.Count),
                g.Where(x => x.State == TargetState.NoTarget).Sum(x => x.Count)));
    }

    /// <summary>The priorities in plan order with their links: the navigation strip and the search page's suggestions.</summary>
    /// <remarks>Kept for anonymous renders until a priority or the site settings (which say what a translation is) change.</remarks>
    public Task<IReadOnlyList<PriorityLink>> GetPriorityLinksAsync() =>
        reads.GetAsync<IReadOnlyList<PriorityLink>>("priority-links", [PageCacheTags.ForType(Priority.Type), PublishedReadCache.SiteSettingsTag], async () =>
        {
            var priorities = await PublishedPrioritiesAsync();
            var urls = await routes.GetUrlsAsync(priorities.Select(p => p.ContentItemId).ToList());
            return priorities.Select(p => new PriorityLink(p.ContentItemId, p.Number(Priority.Number) is { } n ? (int)n : null, p.DisplayText ?? "", urls[p.ContentItemId])).ToList();
        }, links => 64 + links.Sum(l => 100L + 2L * (l.Title.Length + l.Url.Length)));


    /// <summary>
    /// In a translated culture (the request's), each listed initiative with a translation shows its
    /// translated title and links to its translated page; the others stay as they are (English).
    /// </summary>
    private async Task<List<(string ObjectiveNumber, InitiativeListing Listing)>> InCultureAsync(List<(string ObjectiveNumber, InitiativeListing Listing)> listings)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        if (listings.Count == 0 || !await translations.IsTranslatedCultureAsync(culture))
        {
            return listings;
        }

        var sources = await contentManager.GetManyAsync(listings.Select(l => l.Listing.ContentItemId), VersionOptions.Published);
        var shown = (await translations.InCultureAsync(sources, culture)).Where(i => !sources.Contains(i)).ToDictionary(i => i.ContentItemId);
        return listings.Select(l => shown.TryGetValue(l.Listing.ContentItemId, out var item)
            ? (l.ObjectiveNumber, l.Listing with
            {
                Title = item.DisplayText ?? l.Listing.Title,
                Url = item.GetPartJson("AutoroutePart")?["Path"]?.GetValue<string>() is { Length: > 0 } path ? "/" + path : l.Listing.Url,
            })
            : l).ToList();
    }

    public async Task<PriorityInitiativesModel> GetPriorityInitiativesAsync(string priorityContentItemId, string? statusFilter, int? page = null)
    {
        var vocabularyStatuses = await vocabulary.GetAsync();
        // An initiative's route changes only with the initiative, so its type's tag covers the join.
        var rows = await reads.GetAsync("priority-initiatives:" + priorityContentItemId, ListingTags, () => (
            from s in statuses.Resolve(db.Set<InitiativeIndex>().AsNoTracking().Where(i => i.Published && i.PriorityContentItemId == priorityContentItemId))
            join r in db.Set<AutorouteIndex>().AsNoTracking().Where(r => r.Published) on s.Index.ContentItemId equals r.ContentItemId into routed
            from r in routed.DefaultIfEmpty()
            orderby s.Index.NumberSortKey, s.Index.Number
            select new ListedInitiative(s.Index.ContentItemId, s.Index.Number, s.Index.ObjectiveNumber, s.Index.ObjectiveTitle, s.Index.Title, s.Status, r == null ? null : r.Path))
            .ToListAsync(), list => 64 + list.Sum(r => r.Size));

        // Statuses in use count as known even when the vocabulary has since changed.
        var known = vocabularyStatuses.Concat(rows.Select(r => r.Status).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var wanted = string.IsNullOrWhiteSpace(statusFilter) ? null : statusFilter.Trim();
        var selected = wanted is null ? null : known.FirstOrDefault(s => string.Equals(s, wanted, StringComparison.OrdinalIgnoreCase));
        var unknown = wanted is not null && selected is null
            ? wanted.Length > MaxEchoedStatusLength ? wanted[..MaxEchoedStatusLength] + "…" : wanted
            : null;

        var matching = rows.Where(r => selected is null || r.Status == selected).ToList();
        var window = PageWindow.For(page, Math.Max(1, options.Value.PriorityPageSize), matching.Count);
        var listings = matching
            .Skip(window.First == 0 ? 0 : window.First - 1)
            .Take(window.Size)
            .Select(r => (r.ObjectiveNumber, Listing: new InitiativeListing(r.ContentItemId, r.Number, r.Title, r.Status, PlanRoutes.Url(r.ContentItemId, r.Path))))
            .ToList();
        var states = await reporting.StatesAsync(listings.Select(l => l.Listing.ContentItemId).ToList());
        listings = listings.Select(l => (l.ObjectiveNumber, l.Listing with { UpdateOverdue = states.GetValueOrDefault(l.Listing.ContentItemId) == Staleness.ReportingState.Overdue })).ToList();
        listings = await InCultureAsync(listings);
        // An Objective item names its objective; else the first initiative of it that names it.
        var objectives = await ObjectivesOfAsync(priorityContentItemId);
        var titles = rows.Where(r => r.ObjectiveNumber.Length > 0 && r.ObjectiveTitle is not null)
            .GroupBy(r => r.ObjectiveNumber)
            .ToDictionary(g => g.Key, g => g.First().ObjectiveTitle!);
        foreach (var (number, title) in objectives.Where(o => o.Value is not null))
        {
            titles[number] = title!;
        }

        var groups = listings
            .GroupBy(x => x.ObjectiveNumber)
            .Select(g => new ObjectiveGroup(g.Key, titles.GetValueOrDefault(g.Key), g.Select(x => x.Listing).ToList()))
            .ToList();
        // The whole, unfiltered list also shows the objectives nothing is published under yet, in number order.
        if (selected is null && !window.IsPaged)
        {
            groups = groups
                .Concat(objectives.Keys.Where(n => groups.All(g => g.Number != n)).Select(n => new ObjectiveGroup(n, titles.GetValueOrDefault(n), [])))
                .OrderBy(g => g.Number.Length == 0 ? 1 : 0).ThenBy(g => g.Number, StringComparer.Ordinal)
                .ToList();
        }
        // The roll-up counts the whole priority, whatever the filter shows.
        var statusCounts = RollUp(vocabularyStatuses, rows.GroupBy(r => r.Status ?? "").Select(g => new StatusCount(g.Key, g.Count())));
        var measures = (await MeasureTalliesAsync(priorityContentItemId)).GetValueOrDefault(priorityContentItemId) ?? MeasureTally.None;
        return new PriorityInitiativesModel(known, selected, unknown, rows.Count, matching.Count, window, groups, statusCounts, measures);
    }

    /// <summary>The published objectives of a priority: number to title (null when not known). A plan has a few dozen.</summary>
    private Task<IReadOnlyDictionary<string, string?>> ObjectivesOfAsync(string priorityContentItemId) =>
        reads.GetAsync<IReadOnlyDictionary<string, string?>>("priority-objectives:" + priorityContentItemId, [PageCacheTags.ForType(Objective.Type), PublishedReadCache.SiteSettingsTag], async () =>
            (await translations.SourcesAsync(await contentManager.ListAsync(Objective.Type, VersionOptions.Published)))
                .Where(o => o.PickedId(Objective.Priority) == priorityContentItemId && !string.IsNullOrWhiteSpace(o.Text(Objective.Number)))
                .GroupBy(o => o.Text(Objective.Number)!.Trim())
                .ToDictionary(g => g.Key, g => g.Select(o => o.DisplayText).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim()),
            objectives => 64 + objectives.Sum(o => 64L + 2L * (o.Key.Length + (o.Value?.Length ?? 0))));

    private async Task<List<ContentItem>> PublishedPrioritiesAsync() =>
        (await translations.SourcesAsync(await contentManager.ListAsync(Priority.Type, VersionOptions.Published)))
            .OrderBy(p => p.Number(Priority.Order) ?? p.Number(Priority.Number) ?? decimal.MaxValue)
            .ThenBy(p => p.DisplayText, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every status of the vocabulary (zero included, so cards compare at a glance), then any others in use.</summary>
    private static List<StatusCount> RollUp(IReadOnlyList<string> statuses, IEnumerable<StatusCount> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        var rollUp = statuses.Select(s => new StatusCount(s, byStatus.GetValueOrDefault(s))).ToList();
        rollUp.AddRange(byStatus.Where(kv => !statuses.Contains(kv.Key)).Select(kv => new StatusCount(kv.Key.Length == 0 ? "No status" : kv.Key, kv.Value)));
        return rollUp;
    }
}
