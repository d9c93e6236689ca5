using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Models;

namespace DurhamCms.Search.Handlers;

/// <summary>
/// Writes an indexing task for every change search can see. "-ed" events run inside the content
/// transaction, so the task commits or rolls back with the change. After the commit this node's
/// indexer is woken (a flag and a semaphore, nothing more), so the request that made the change
/// pays nothing for indexing and the change is searchable a few milliseconds later.
/// </summary>
internal sealed class IndexingTaskContentHandler(DurhamDbContext db, IDocumentStore documents, ContentIndexer indexer, TimeProvider clock)
    : ContentHandlerBase
{
    private bool? _anyLatestProfile;
    private object? _wakeQueuedFor;

    public override Task PublishedAsync(PublishContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update);

    public override Task UnpublishedAsync(PublishContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update);

    public override Task RemovedAsync(ContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Delete);

    public override Task ImportedAsync(ContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update);

    public override Task RestoredAsync(ContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update);

    // Drafts only matter to profiles that index the latest version; a site with none (the
    // Durham site) writes no task for a saved draft.
    public override Task CreatedAsync(ContentContext context) => LogIfLatestAsync(context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) => LogIfLatestAsync(context.ContentItem);

    public override Task VersionedAsync(VersionContentContext context) => LogIfLatestAsync(context.ContentItem);

    private async Task LogIfLatestAsync(ContentItem item)
    {
        _anyLatestProfile ??= (await documents.GetAsync<IndexProfilesDocument>(IndexProfilesDocument.DocumentKey)).Profiles.Any(p => p.IndexLatest);
        if (_anyLatestProfile == true)
        {
            await LogAsync(item, IndexingTaskType.Update);
        }
    }

    private async Task LogAsync(ContentItem item, IndexingTaskType type)
    {
        db.Set<IndexingTask>().Add(new IndexingTask
        {
            ContentItemId = item.ContentItemId,
            ContentType = item.ContentType,
            Type = type,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        // One wake per transaction: a recipe importing 50,000 items queues one, not 50,000. The
        // transaction object, not a flag, says which one was queued for, since a rollback drops
        // the queued work without telling us.
        var transaction = db.Database.CurrentTransaction;
        if (transaction is null || !ReferenceEquals(transaction, _wakeQueuedFor))
        {
            _wakeQueuedFor = transaction;
            await db.AfterCommitAsync(() =>
            {
                indexer.Wake();
                return Task.CompletedTask;
            });
        }
    }
}
