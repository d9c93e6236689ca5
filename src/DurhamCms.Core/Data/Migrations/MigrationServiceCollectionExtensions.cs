using DurhamCms.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Data.Migrations;

public static class MigrationServiceCollectionExtensions
{
    /// <summary>The schema migrator and the module migrations of the site's catalog (the kernel's alone without one).</summary>
    public static IServiceCollection AddSchemaMigrations(this IServiceCollection services)
    {
        services.AddSingleton(sp => ModuleMigrations.Discover(sp.GetService<ModuleCatalog>()));
        services.AddScoped<ModuleMigrationRunner>();
        services.AddScoped<SchemaMigrator>();
        return services;
    }
}
