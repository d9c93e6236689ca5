using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;

namespace DurhamCms.Caching;

/// <summary>
/// Evicts the cached pages a change residents can see may touch, once it has committed: the
/// site-wide tag, the item's type and the item. Evicting before the commit would let a request
/// re-cache the old version in between; a rolled-back change evicts nothing. Each tag goes once
/// per transaction however many items it publishes (a recipe imports thousands).
/// </summary>
internal sealed class PageCacheEvictionHandler(IAfterCommit afterCommit, PageCacheEviction eviction) : ContentHandlerBase
{
    public override Task PublishedAsync(PublishContentContext context) => EvictAfterCommitAsync(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => EvictAfterCommitAsync(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => EvictAfterCommitAsync(context.ContentItem);

    public override Task ImportedAsync(ContentContext context) =>
        context.ContentItem.Published ? EvictAfterCommitAsync(context.ContentItem) : Task.CompletedTask;

    private async Task EvictAfterCommitAsync(ContentItem item)
    {
        foreach (var tag in new[] { PageCacheTags.Site, PageCacheTags.ForType(item.ContentType), PageCacheTags.ForItem(item.ContentItemId) })
        {
            await afterCommit.AfterCommitOnceAsync("page-cache:" + tag, () => eviction.EvictAsync([tag]));
        }
    }
}
