using DurhamCms.Cluster;
using Microsoft.Extensions.Hosting;

namespace DurhamCms.Caching;

/// <summary>Evicts on this node the pages another node evicted.</summary>
internal sealed class PageCacheBusSubscriber(IClusterBus bus, PageCacheEviction eviction) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(ClusterChannels.PageCache, payload =>
            eviction.EvictHereAsync(payload.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
