using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DurhamCms.Redis;

/// <summary>
/// This node's one connection to Redis, shared by the page cache store and the bus. It connects
/// on first use and never fails for an unreachable server: Redis is optional, so while it is down
/// callers see <see cref="IsConnected"/> false and go without it, and it reconnects by itself.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;
    private readonly ILogger<RedisConnection> _logger;

    public RedisConnection(RedisOptions options, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        InstanceName = options.InstanceName;
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(options.Configuration!);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{RedisOptions.Section}:Configuration '{options.Configuration}' is not a Redis configuration string (e.g. localhost:6379): {e.Message}", e);
        }

        configuration.AbortOnConnectFail = false;
        // Queued commands would hold a resident's request until the timeout; fail at once instead
        // and serve from memory (the cache) or PostgreSQL (the bus).
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, 2000);
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 2000);
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => Connect(configuration), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string InstanceName { get; }

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public bool IsConnected => Multiplexer.IsConnected;

    private ConnectionMultiplexer Connect(ConfigurationOptions configuration)
    {
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        multiplexer.ConnectionFailed += (_, e) =>
            _logger.LogWarning(e.Exception, "Redis is unreachable ({Failure} on {Endpoint}): pages are cached in this node's memory and cluster signals go through PostgreSQL only until it returns", e.FailureType, e.EndPoint);
        multiplexer.ConnectionRestored += (_, e) => _logger.LogInformation("Redis is reachable again ({Endpoint})", e.EndPoint);
        if (!multiplexer.IsConnected)
        {
            _logger.LogWarning("Redis is unreachable at start: pages are cached in this node's memory and cluster signals go through PostgreSQL only until it answers");
        }

        return multiplexer;
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
