using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Localization.Services;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Subscriptions.Sending;

/// <summary>
/// Notes what subscribers hear about when it is published: a status update in the site's default
/// culture (its translation is the same news), or a measure whose series changed since the version
/// published before. The note is written in the publish's transaction; the emails are queued after
/// the commit, in a scope of their own, and a failure there is logged, never the publish's.
/// </summary>
internal sealed class SubscriptionPublishHandler(
    DurhamDbContext db,
    ContentCultures cultures,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<SubscriptionPublishHandler> logger) : ContentHandlerBase
{
    public override async Task PublishedAsync(PublishContentContext context)
    {
        var item = context.ContentItem;
        if (item.ContentType is not (PlanContent.StatusUpdate.Type or PlanContent.KeyMeasure.Type)
            || (await cultures.GetAsync()).IsTranslation(item))
        {
            return;
        }

        var update = item.ContentType == PlanContent.StatusUpdate.Type ? FromStatusUpdate(item) : FromMeasure(item, context.PreviousPublished);
        if (update is null)
        {
            return;
        }

        update.PriorityContentItemId = update.InitiativeContentItemId is { } initiative
            ? await db.Set<InitiativeIndex>().AsNoTracking()
                .Where(i => i.ContentItemId == initiative && (i.Published || i.Latest))
                .OrderByDescending(i => i.Published)
                .Select(i => i.PriorityContentItemId)
                .FirstOrDefaultAsync()
            : null;
        update.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        db.Add(update);
        await db.SaveChangesAsync();

        var id = update.Id;
        await db.AfterCommitAsync(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SubscriptionMailer>().SendImmediateAsync(id, CancellationToken.None);
            }
            catch (Exception e)
            {
                // The update is published and noted; the sweep queues its emails later.
                logger.LogWarning(e, "Subscriber emails for published update {Id} were not queued yet; the sweep will.", id);
            }
        });
    }

    private static PublishedUpdateRecord? FromStatusUpdate(ContentItem item) => new()
    {
        Kind = PublishedUpdateRecord.StatusUpdateKind,
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        InitiativeContentItemId = item.PickedId(PlanContent.StatusUpdate.Initiative),
        Title = PublishedUpdateLimits.Cut(item.DisplayText ?? "", PublishedUpdateLimits.Title)!,
        Period = PublishedUpdateLimits.Cut(item.Text(PlanContent.StatusUpdate.Period), PublishedUpdateLimits.Period),
        Status = PublishedUpdateLimits.Cut(item.Text(PlanContent.StatusUpdate.Status), PublishedUpdateLimits.Status),
    };

    /// <summary>Only new or changed data is news: a measure republished for its wording or analysis is not.</summary>
    private static PublishedUpdateRecord? FromMeasure(ContentItem item, ContentItem? previous)
    {
        var points = Points(item);
        if (points.Count == 0 || (previous is not null && points.SequenceEqual(Points(previous))))
        {
            return null;
        }

        return new PublishedUpdateRecord
        {
            Kind = PublishedUpdateRecord.MeasureKind,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            InitiativeContentItemId = item.PickedId(PlanContent.KeyMeasure.Initiative),
            Title = PublishedUpdateLimits.Cut(item.DisplayText ?? "", PublishedUpdateLimits.Title)!,
            Period = PublishedUpdateLimits.Cut(points[^1].Period, PublishedUpdateLimits.Period),
        };
    }

    private static List<(string Period, decimal Value)> Points(ContentItem item) =>
        MeasureSeriesReader.Read(item, PlanContent.KeyMeasure.Type, PlanContent.KeyMeasure.Series).Points
            .Select(p => (p.Period, p.Value))
            .OrderBy(p => MeasurePeriod.TryParse(p.Period, out var period, out _) ? period.SortKey : p.Period, StringComparer.Ordinal)
            .ToList();
}
