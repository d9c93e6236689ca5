using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>
/// Clears cached public pages once a change residents can see has committed: every page shows
/// roll-ups, lists and links built from many items, so the whole "plan" tag goes rather than
/// guessing which pages one item touches. Evicting before the commit would let a request
/// re-cache the old version in between; a rolled-back change evicts nothing.
/// </summary>
public sealed class PlanCacheEvictionHandler(DurhamDbContext db, IOutputCacheStore cache) : ContentHandlerBase
{
    // One eviction per transaction however many items it publishes (a recipe imports thousands).
    // Keyed by the transaction, not a flag, so that one rolled back does not silence the next.
    private object? _scheduledFor;

    public override Task PublishedAsync(PublishContentContext context) => ScheduleAsync();

    public override Task UnpublishedAsync(PublishContentContext context) => ScheduleAsync();

    public override Task RemovedAsync(ContentContext context) => ScheduleAsync();

    public override Task ImportedAsync(ContentContext context) => context.ContentItem.Published ? ScheduleAsync() : Task.CompletedTask;

    private async Task ScheduleAsync()
    {
        var transaction = db.Database.CurrentTransaction;
        if (transaction is not null && ReferenceEquals(transaction, _scheduledFor))
        {
            return;
        }

        _scheduledFor = transaction;
        await db.AfterCommitAsync(async () =>
        {
            // Not the request's token: the change has committed, so its pages must go even if the caller hung up.
            await cache.EvictByTagAsync(PlanPageCachePolicy.Tag, CancellationToken.None);
        });
    }
}
