using DurhamCms.Cluster;
using DurhamCms.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// With <c>DurhamCms:Redis:Configuration</c>: the page cache store in Redis (this node's memory
    /// while it is down) and Redis pub/sub in front of the cluster bus. Without it, nothing. Call
    /// after the page cache and the cluster bus are added: it wraps what they registered.
    /// </summary>
    public static IServiceCollection AddDurhamRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var options = RedisOptions.Read(configuration);
        if (!options.Enabled)
        {
            return services;
        }

        services.AddSingleton(options);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IDegradationCheck, RedisDegradationCheck>();

        var memory = Take<IOutputCacheStore>(services);
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.InstanceName = options.InstanceName;
            o.Configuration = options.Configuration;
        });
        var redisStore = Take<IOutputCacheStore>(services);
        // The store connects through the node's one multiplexer, which never fails for a server that is down.
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<RedisConnection>((o, connection) => o.ConnectionMultiplexerFactory = () => Task.FromResult<StackExchange.Redis.IConnectionMultiplexer>(connection.Multiplexer));
        services.AddSingleton<IOutputCacheStore>(sp => new FallbackOutputCacheStore(
            Create<IOutputCacheStore>(sp, redisStore), Create<IOutputCacheStore>(sp, memory), sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<FallbackOutputCacheStore>>()));

        var durable = Take<IClusterBus>(services);
        services.AddSingleton(sp => new RedisClusterBus(Create<IClusterBus>(sp, durable), sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<RedisClusterBus>>()));
        services.AddSingleton<IClusterBus>(sp => sp.GetRequiredService<RedisClusterBus>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RedisClusterBus>());
        return services;
    }

    /// <summary>Removes the last registration of <typeparamref name="T"/>, to wrap it.</summary>
    private static ServiceDescriptor Take<T>(IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(T))
            ?? throw new InvalidOperationException($"Redis wraps {typeof(T).Name}: add it first.");
        services.Remove(descriptor);
        return descriptor;
    }

    private static T Create<T>(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
