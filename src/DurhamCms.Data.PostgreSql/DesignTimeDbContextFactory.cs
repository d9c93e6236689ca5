using DurhamCms.Data;
using DurhamCms.Modules;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Data.PostgreSql;

/// <summary>
/// For "dotnet ef": the context with every module's index tables, as the host composes it, so a
/// migration covers the whole schema. The connection string is never opened when adding a migration.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DurhamDbContext>
{
    public DurhamDbContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DurhamCms:Database:Provider"] = "PostgreSql",
            ["DurhamCms:Database:ConnectionString"] = "Host=localhost;Database=design_time;Username=design;Password=design",
            ["DurhamCms:DataPath"] = Path.GetTempPath(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDurhamCmsCore(configuration, Path.GetTempPath());
        foreach (var module in ModuleCatalog.Discover(typeof(DesignTimeDbContextFactory).Assembly).Modules)
        {
            module.ConfigureServices(services, configuration);
        }

        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<DurhamDbContext>();
    }
}
