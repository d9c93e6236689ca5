using DurhamCms.Cluster;
using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.Caching;

/// <summary>
/// Evicts cached pages by tag on every node: this node's store at once, the others' through the
/// cluster bus. The one door to the cache store, so a change committed anywhere (a request, a
/// schedule, a CLI import in another process) reaches every node's cache.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store, IClusterBus bus)
{
    public async Task EvictAsync(IEnumerable<string> tags)
    {
        var distinct = tags.Distinct(StringComparer.Ordinal).ToList();
        await EvictHereAsync(distinct);
        await bus.PublishAsync(ClusterChannels.PageCache, string.Join('\n', distinct), CancellationToken.None);
    }

    /// <summary>This node only: for the bus's handler of what another node evicted.</summary>
    public async Task EvictHereAsync(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            // Not a request's token: the change has committed, so its pages must go even if the caller hung up.
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
