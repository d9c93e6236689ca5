using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>One entry of the status-update feed.</summary>
public sealed record StatusUpdateEntry(string Id, string Title, DateTime UpdatedUtc, string InitiativeUrl, string Html);

/// <summary>The newest published status updates whose initiative is published, newest first.</summary>
public sealed class StatusUpdateFeed(DurhamDbContext db, IContentManager contentManager, PublishedRoutes routes)
{
    /// <summary>Feed readers want recent news; the whole history is in /api/plan.json.</summary>
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<StatusUpdateEntry>> ReadAsync(string baseUrl, CancellationToken ct)
    {
        var publishedInitiatives = db.Set<InitiativeIndex>().Where(i => i.Published).Select(i => i.ContentItemId);
        var newest = await db.Set<StatusUpdateIndex>().AsNoTracking()
            .Where(u => u.Published && u.InitiativeContentItemId != null && publishedInitiatives.Contains(u.InitiativeContentItemId))
            .Join(db.ContentItems.Where(r => r.Published), u => u.DocumentId, r => r.Id, (u, r) => new { u.ContentItemId, u.InitiativeContentItemId, r.PublishedUtc })
            .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId)
            .Take(MaxEntries)
            .ToListAsync(ct);
        var items = (await contentManager.GetManyAsync(newest.Select(x => x.ContentItemId), VersionOptions.Published)).ToDictionary(i => i.ContentItemId);
        var initiativeIds = newest.Select(x => x.InitiativeContentItemId!).Distinct().ToList();
        var numbers = await db.Set<InitiativeIndex>().AsNoTracking()
            .Where(i => i.Published && initiativeIds.Contains(i.ContentItemId))
            .Select(i => new { i.ContentItemId, i.Number })
            .ToDictionaryAsync(i => i.ContentItemId, i => i.Number, ct);
        var paths = await routes.ForAsync(initiativeIds, ct);

        return newest.Where(x => items.ContainsKey(x.ContentItemId)).Select(x =>
        {
            var item = items[x.ContentItemId];
            return new StatusUpdateEntry(
                item.ContentItemId,
                Title(numbers.GetValueOrDefault(x.InitiativeContentItemId!), item.Text(StatusUpdate.Period), item.Text(StatusUpdate.Status)),
                item.PublishedUtc ?? item.ModifiedUtc ?? DateTime.UnixEpoch,
                baseUrl + PublicUrls.ItemPath(x.InitiativeContentItemId!, paths),
                Narrative(item));
        }).ToList();
    }

    /// <summary>"3.11 — FY2025 Q1: In Progress".</summary>
    public static string Title(string? number, string? period, string? status)
    {
        var head = string.Join(" — ", new[] { number, period }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.IsNullOrWhiteSpace(status) ? head : $"{head}: {status}";
    }

    // The narratives are HTML sanitised when saved (HtmlField), so they go out as stored.
    private static string Narrative(ContentItem item) =>
        $"<h2>What have we been doing?</h2>{item.Html(StatusUpdate.WhatWeHaveBeenDoing)}<h2>What’s next?</h2>{item.Html(StatusUpdate.WhatsNext)}";
}
