using System.Collections.Concurrent;
using DurhamCms.Cluster;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DurhamCms.Redis;

/// <summary>
/// Redis pub/sub in front of the PostgreSQL bus. A signal goes both ways with one id: Redis is
/// the fast path, PostgreSQL the durable record a node reads when Redis is down or dropped a
/// message (pub/sub keeps nothing). Whichever copy comes first is handled, the other is dropped.
/// </summary>
internal sealed class RedisClusterBus(IClusterBus durable, RedisConnection redis, ILogger<RedisClusterBus> logger) : IClusterBus, IHostedService
{
    /// <summary>Starts a payload on the durable bus that carries a signal id (nodes without Redis send bare payloads).</summary>
    internal const string IdMarker = "\u001fsignal:";

    /// <summary>Longer than the durable bus can be late (its look-back), so a late copy is still known.</summary>
    private static readonly TimeSpan RememberSignals = TimeSpan.FromMinutes(5);

    private readonly string _origin = Guid.NewGuid().ToString("n");
    private readonly ClusterSubscriptions _subscriptions = new(logger);
    private readonly ConcurrentDictionary<string, DateTime> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDisposable> _durableSubscriptions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTime _lastPrune = DateTime.UtcNow;

    private RedisChannel Channel => RedisChannel.Literal(redis.InstanceName + "cluster");

    public bool IsConnected => durable.IsConnected;

    public async Task PublishAsync(string channel, string payload = "", CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString("n");
        if (redis.IsConnected)
        {
            try
            {
                await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, string.Join('\n', _origin, id, channel, payload));
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning(e, "Redis: could not send {Channel}; the other nodes get it through PostgreSQL", channel);
            }
        }

        await durable.PublishAsync(channel, IdMarker + id + "\n" + payload, cancellationToken);
    }

    public IDisposable Subscribe(string channel, Func<string, Task> handler)
    {
        lock (_lock)
        {
            if (!_durableSubscriptions.ContainsKey(channel))
            {
                _durableSubscriptions[channel] = durable.Subscribe(channel, payload => FromDurableAsync(channel, payload));
            }
        }

        return _subscriptions.Add(channel, handler);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Kept by the multiplexer across reconnects, also when Redis is down at start.
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, OnRedisMessage);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis: could not subscribe to the cluster channel yet; signals come through PostgreSQL");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void OnRedisMessage(RedisChannel channel, RedisValue message) => _ = FromRedisAsync(message);

    private Task FromRedisAsync(RedisValue message)
    {
        var parts = ((string?)message ?? "").Split('\n', 4);
        if (parts.Length < 4 || parts[0] == _origin)
        {
            return Task.CompletedTask;
        }

        return DispatchOnceAsync(parts[1], parts[2], parts[3]);
    }

    private Task FromDurableAsync(string channel, string payload)
    {
        if (!payload.StartsWith(IdMarker, StringComparison.Ordinal))
        {
            return _subscriptions.DispatchAsync(channel, payload);
        }

        var newline = payload.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0
            ? _subscriptions.DispatchAsync(channel, payload)
            : DispatchOnceAsync(payload[IdMarker.Length..newline], channel, payload[(newline + 1)..]);
    }

    private Task DispatchOnceAsync(string id, string channel, string payload)
    {
        var now = DateTime.UtcNow;
        if (!_seen.TryAdd(id, now))
        {
            return Task.CompletedTask;
        }

        if (now - _lastPrune > TimeSpan.FromMinutes(1))
        {
            _lastPrune = now;
            foreach (var old in _seen.Where(s => now - s.Value > RememberSignals).Select(s => s.Key).ToList())
            {
                _seen.TryRemove(old, out _);
            }
        }

        return _subscriptions.DispatchAsync(channel, payload);
    }
}
