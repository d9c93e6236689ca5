using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.Caching;

/// <summary>
/// Evicts this node's cached pages by tag. The one door to the cache store, so that a cluster
/// bus can call it on every node when a change committed on one.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store)
{
    public async Task EvictAsync(IEnumerable<string> tags)
    {
        foreach (var tag in tags.Distinct(StringComparer.Ordinal))
        {
            // Not a request's token: the change has committed, so its pages must go even if the caller hung up.
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
