using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Data;

/// <summary>
/// For "dotnet ef" in a provider's migrations project: the context with every module's index
/// tables, composed as the host composes it, so a migration covers the whole schema. The
/// connection string is never opened when adding a migration.
/// </summary>
public static class DesignTimeContext
{
    public static DurhamDbContext Create(string provider, string connectionString, System.Reflection.Assembly migrationsAssembly)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DurhamCms:Database:Provider"] = provider,
            ["DurhamCms:Database:ConnectionString"] = connectionString,
            ["DurhamCms:DataPath"] = Path.GetTempPath(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDurhamCmsCore(configuration, Path.GetTempPath());
        foreach (var module in ModuleCatalog.Discover(migrationsAssembly).Modules)
        {
            module.ConfigureServices(services, configuration);
        }

        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<DurhamDbContext>();
    }
}
