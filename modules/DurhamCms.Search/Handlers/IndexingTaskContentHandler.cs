using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Models;

namespace DurhamCms.Search.Handlers;

/// <summary>
/// Writes an indexing task for every change search can see. "-ed" events run inside the content
/// transaction, so the task commits or rolls back with the change. After the commit this node's
/// indexer is woken (a flag and a semaphore, nothing more), so the request that made the change
/// pays nothing for indexing and the change is searchable a few milliseconds later.
/// </summary>
internal sealed class IndexingTaskContentHandler(DurhamDbContext db, IDocumentStore documents, ContentIndexer indexer, IClusterBus bus, TimeProvider clock, ContentImportJournal? journal = null)
    : ContentHandlerBase
{
    private bool? _anyLatestProfile;

    public override Task PublishedAsync(PublishContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update);

    public override Task UnpublishedAsync(PublishContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update);

    public override Task RemovedAsync(ContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Delete);

    // A recipe saves its items in batches and writes every row still pending before it commits,
    // so its tasks go with the next item's insert instead of costing a save each.
    public override Task ImportedAsync(ContentContext context) => LogAsync(context.ContentItem, IndexingTaskType.Update, save: journal?.Active != true);

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

    private async Task LogAsync(ContentItem item, IndexingTaskType type, bool save = true)
    {
        db.Set<IndexingTask>().Add(new IndexingTask
        {
            ContentItemId = item.ContentItemId,
            ContentType = item.ContentType,
            Type = type,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        if (save)
        {
            await db.SaveChangesAsync();
        }

        // One wake per transaction: a recipe importing 50,000 items queues one, not 50,000.
        await db.AfterCommitOnceAsync("search:wake-indexer", () =>
        {
            indexer.Wake();
            return bus.PublishAsync(ClusterChannels.Search);
        });
    }
}
