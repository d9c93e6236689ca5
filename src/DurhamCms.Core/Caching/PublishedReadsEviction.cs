using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;

namespace DurhamCms.Caching;

/// <summary>
/// Invalidates published reads once a change has committed: on this node at once, on the others
/// through the cluster bus (the same way cached pages go, see <see cref="PageCacheEviction"/>).
/// </summary>
public sealed class PublishedReadsEviction(PublishedReadCache cache, IClusterBus bus)
{
    /// <summary>Past this many tags a change is sent as "everything": an import names thousands of items.</summary>
    internal const int MaxTagsPerSignal = 500;

    private const string Everything = "*";

    public async Task EvictAsync(IReadOnlyCollection<string> tags)
    {
        if (tags.Count == 0)
        {
            return;
        }

        var payload = tags.Count > MaxTagsPerSignal ? Everything : string.Join('\n', tags);
        EvictHere(payload);
        await bus.PublishAsync(ClusterChannels.PublishedReads, payload, CancellationToken.None);
    }

    /// <summary>This node only: what this node, or another through the bus, committed.</summary>
    internal void EvictHere(string payload)
    {
        if (payload == Everything)
        {
            cache.InvalidateAll();
            return;
        }

        cache.Invalidate(payload.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>
/// Gathers what a transaction changed that residents can read (a version published, unpublished,
/// removed, imported, or a published version updated in place) and evicts it once, after commit.
/// </summary>
internal sealed class PublishedReadsEvictionHandler(IAfterCommit afterCommit, PublishedReadsEviction eviction) : ContentHandlerBase
{
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public override Task PublishedAsync(PublishContentContext context) => ChangedAsync(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => ChangedAsync(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => ChangedAsync(context.ContentItem);

    // Even an import as a draft: its item may have had a published version the import unpublished.
    public override Task ImportedAsync(ContentContext context) => ChangedAsync(context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) =>
        context.ContentItem.Published ? ChangedAsync(context.ContentItem) : Task.CompletedTask;

    private Task ChangedAsync(ContentItem item)
    {
        _changed.Add(PageCacheTags.Site);
        _changed.Add(PageCacheTags.ForType(item.ContentType));
        _changed.Add(PageCacheTags.ForItem(item.ContentItemId));
        return afterCommit.AfterCommitOnceAsync("published-reads", async () =>
        {
            var tags = _changed.ToList();
            _changed.Clear();
            await eviction.EvictAsync(tags);
        });
    }
}
