using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Cluster;

/// <summary>The handlers this node registered, per channel; shared by the bus implementations.</summary>
internal sealed class ClusterSubscriptions(ILogger logger)
{
    private readonly ConcurrentDictionary<string, ImmutableList<Func<string, Task>>> _handlers = new(StringComparer.Ordinal);

    public IDisposable Add(string channel, Func<string, Task> handler)
    {
        _handlers.AddOrUpdate(channel, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => _handlers.AddOrUpdate(channel, _ => [], (_, list) => list.Remove(handler)));
    }

    public async Task DispatchAsync(string channel, string payload)
    {
        if (!_handlers.TryGetValue(channel, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers)
        {
            try
            {
                await handler(payload);
            }
#pragma warning disable CA1031 // One failing handler must not keep the signal from the others, nor stop the listener.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Cluster bus: a handler of channel {Channel} failed", channel);
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
