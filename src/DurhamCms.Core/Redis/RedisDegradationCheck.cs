using DurhamCms.Hosting;

namespace DurhamCms.Redis;

internal sealed class RedisDegradationCheck(RedisConnection redis) : IDegradationCheck
{
    public string? Degradation => redis.IsConnected
        ? null
        : "Redis is unreachable (pages cached in this node's memory, signals through PostgreSQL only)";
}
