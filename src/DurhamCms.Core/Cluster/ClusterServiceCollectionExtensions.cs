using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// The cluster bus: LISTEN/NOTIFY with a catching-up poll on PostgreSQL, nothing on SQLite
    /// (one node). Also in command-line hosts, so that an import evicts the running nodes' pages.
    /// </summary>
    public static IServiceCollection AddClusterBus(this IServiceCollection services, string provider, string connectionString)
    {
        if (string.Equals(provider, DatabaseProviders.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(sp => new PostgresClusterBus(connectionString, sp.GetRequiredService<ILogger<PostgresClusterBus>>()));
            services.AddSingleton<IClusterBus>(sp => sp.GetRequiredService<PostgresClusterBus>());
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PostgresClusterBus>());
        }
        else
        {
            services.AddSingleton<IClusterBus, SingleNodeClusterBus>();
        }

        return services;
    }
}
