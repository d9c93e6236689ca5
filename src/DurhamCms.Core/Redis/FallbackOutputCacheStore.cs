using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DurhamCms.Redis;

/// <summary>
/// The page cache in Redis, shared by every node, with this node's memory store while Redis is
/// down (residents never get an error page for a missing cache). An eviction always reaches the
/// memory store; one Redis missed is remembered and done before Redis serves again, so no page
/// evicted while it was down comes back stale from it (Redis may have saved it to disk).
/// </summary>
internal sealed class FallbackOutputCacheStore(
    IOutputCacheStore redis,
    IOutputCacheStore memory,
    RedisConnection connection,
    ILogger<FallbackOutputCacheStore> logger) : IOutputCacheStore, IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _missedEvictions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _flush = new(1, 1);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await memory.EvictByTagAsync(tag, cancellationToken);
        // Remembered first: a flush running now must not finish without it.
        _missedEvictions.TryAdd(tag, 0);
        if (!connection.IsConnected)
        {
            return;
        }

        try
        {
            await redis.EvictByTagAsync(tag, cancellationToken);
            _missedEvictions.TryRemove(tag, out _);
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            logger.LogWarning(e, "Redis: could not evict the pages tagged {Tag}; they will be evicted when it answers again", tag);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await RedisUsableAsync())
        {
            try
            {
                return await redis.GetAsync(key, cancellationToken);
            }
            catch (Exception e) when (IsRedisFailure(e))
            {
                logger.LogDebug(e, "Redis: page cache read failed; serving from this node's memory");
            }
        }

        return await memory.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (await RedisUsableAsync())
        {
            try
            {
                await redis.SetAsync(key, value, tags, validFor, cancellationToken);
                return;
            }
            catch (Exception e) when (IsRedisFailure(e))
            {
                logger.LogDebug(e, "Redis: page cache write failed; caching in this node's memory");
            }
        }

        await memory.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    /// <summary>Connected, and nothing evicted while it was down is still in it.</summary>
    private async ValueTask<bool> RedisUsableAsync()
    {
        if (!connection.IsConnected)
        {
            return false;
        }

        if (_missedEvictions.IsEmpty)
        {
            return true;
        }

        await _flush.WaitAsync();
        try
        {
            foreach (var tag in _missedEvictions.Keys)
            {
                // Not a request's token: a half-done flush would leave stale pages to serve.
                await redis.EvictByTagAsync(tag, CancellationToken.None);
                _missedEvictions.TryRemove(tag, out _);
                logger.LogInformation("Redis: evicted the pages tagged {Tag}, missed while it was down", tag);
            }

            return true;
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            logger.LogDebug(e, "Redis: could not yet evict what was missed while it was down");
            return false;
        }
        finally
        {
            _flush.Release();
        }
    }

    public void Dispose()
    {
        // Made outside the container (wrapped), so not disposed by it: the Redis store runs a loop.
        (redis as IDisposable)?.Dispose();
        (memory as IDisposable)?.Dispose();
        _flush.Dispose();
    }

    private static bool IsRedisFailure(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;
}
