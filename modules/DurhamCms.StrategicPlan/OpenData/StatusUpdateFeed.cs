using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Translations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>One entry of the status-update feed.</summary>
public sealed record StatusUpdateEntry(string Id, string Title, DateTime UpdatedUtc, string InitiativeUrl, string Html);

/// <summary>The newest published status updates whose initiative is published, newest first.</summary>
/// <remarks>
/// In a translated culture (the request's, "/es/feeds/…") each update shows its translation's
/// narrative where it has one, links to its initiative's translated page, and names its status in
/// the culture's words; an untranslated narrative stays English and says so with its lang.
/// </remarks>
public sealed class StatusUpdateFeed(DurhamDbContext db, IContentManager contentManager, Parts.Services.AutorouteLookup routes, PlanTranslations translations, IStringLocalizer<StatusUpdateFeed> T)
{
    /// <summary>Feed readers want recent news; the whole history is in /api/plan.json.</summary>
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<StatusUpdateEntry>> ReadAsync(string baseUrl, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var translated = await translations.IsTranslatedCultureAsync(culture);
        var publishedInitiatives = db.Set<InitiativeIndex>().Where(i => i.Published).Select(i => i.ContentItemId);
        var newest = await db.Set<StatusUpdateIndex>().AsNoTracking()
            .Where(u => u.Published && u.InitiativeContentItemId != null && publishedInitiatives.Contains(u.InitiativeContentItemId))
            .Join(db.ContentItems.Where(r => r.Published), u => u.DocumentId, r => r.Id, (u, r) => new { u.ContentItemId, u.InitiativeContentItemId, r.PublishedUtc })
            .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId)
            .Take(MaxEntries)
            .ToListAsync(ct);
        var sources = (await contentManager.GetManyAsync(newest.Select(x => x.ContentItemId), VersionOptions.Published)).ToList();
        var items = (await translations.InCultureAsync(sources, culture)).ToDictionary(i => i.ContentItemId);
        var initiativeIds = newest.Select(x => x.InitiativeContentItemId!).Distinct().ToList();
        var numbers = await db.Set<InitiativeIndex>().AsNoTracking()
            .Where(i => i.Published && initiativeIds.Contains(i.ContentItemId))
            .Select(i => new { i.ContentItemId, i.Number })
            .ToDictionaryAsync(i => i.ContentItemId, i => i.Number, ct);
        var paths = await routes.GetPathsAsync(initiativeIds, ct);
        if (translated)
        {
            // The initiatives' own pages in this culture, where they are translated.
            var initiatives = await translations.InCultureAsync(await contentManager.GetManyAsync(initiativeIds, VersionOptions.Published), culture);
            var own = initiatives.Select(i => (i.ContentItemId, Path: i.GetPartJson("AutoroutePart")?["Path"]?.GetValue<string>()))
                .Where(x => !string.IsNullOrEmpty(x.Path)).ToDictionary(x => x.ContentItemId, x => x.Path!);
            paths = paths.ToDictionary(kv => kv.Key, kv => own.GetValueOrDefault(kv.Key) ?? kv.Value);
        }

        return newest.Where(x => items.ContainsKey(x.ContentItemId)).Select(x =>
        {
            var item = items[x.ContentItemId];
            return new StatusUpdateEntry(
                item.ContentItemId,
                Title(numbers.GetValueOrDefault(x.InitiativeContentItemId!), item.Text(StatusUpdate.Period), item.Text(StatusUpdate.Status) is { } status ? T[status].Value : null),
                item.PublishedUtc ?? item.ModifiedUtc ?? DateTime.UnixEpoch,
                baseUrl + PublicUrls.ItemPath(x.InitiativeContentItemId!, paths),
                Narrative(item, translated && ReferenceEquals(item, sources.FirstOrDefault(s => s.ContentItemId == item.ContentItemId)) ? DefaultCulture(sources) : null));
        }).ToList();
    }

    /// <summary>"3.11 — FY2025 Q1: In Progress".</summary>
    public static string Title(string? number, string? period, string? status)
    {
        var head = string.Join(" — ", new[] { number, period }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.IsNullOrWhiteSpace(status) ? head : $"{head}: {status}";
    }

    // The narratives are HTML sanitised when saved (HtmlField), so they go out as stored. One left
    // in the source's language (no translation yet) is marked with it, as the pages do.
    private string Narrative(ContentItem item, string? sourceCulture)
    {
        string Block(string? html) => sourceCulture is null ? html ?? "" : $"<div lang=\"{sourceCulture}\">{html}</div>";
        return $"<h2>{T["What have we been doing?"]}</h2>{Block(item.Html(StatusUpdate.WhatWeHaveBeenDoing))}<h2>{T["What's next?"]}</h2>{Block(item.Html(StatusUpdate.WhatsNext))}";
    }

    private static string DefaultCulture(IEnumerable<ContentItem> sources) =>
        sources.Select(s => s.GetPartJson("LocalizationPart")?["Culture"]?.GetValue<string>()).FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? "en-US";
}
