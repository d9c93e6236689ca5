using DurhamCms.Data;
using DurhamCms.Data.Migrations;
using DurhamCms.Modules;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// The kernel and the given modules on a database of their own (a SQLite file, or a fresh
/// PostgreSQL database), without the host: for watching the schema migrator alone.
/// </summary>
public sealed class MigrationSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dataPath;
    private readonly string? _postgresDatabase;

    private MigrationSite(ServiceProvider services, string dataPath, string? postgresDatabase)
    {
        _services = services;
        _dataPath = dataPath;
        _postgresDatabase = postgresDatabase;
    }

    public static MigrationSite Create(string provider, params ModuleStartup[] modules)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "durhamcms-migration-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        var settings = new Dictionary<string, string?> { ["DurhamCms:DataPath"] = dataPath, ["DurhamCms:Database:Provider"] = provider };
        string? postgresDatabase = null;
        if (provider == TestSite.PostgreSql)
        {
            postgresDatabase = UpgradeDatabases.NewPostgresName("migrations");
            settings["DurhamCms:Database:ConnectionString"] = TestSite.PostgresConnectionString(postgresDatabase);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDurhamCmsCore(configuration, dataPath);
        services.AddSingleton(new ModuleCatalog(modules));
        foreach (var module in modules)
        {
            module.ConfigureServices(services, configuration);
        }

        return new MigrationSite(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), dataPath, postgresDatabase);
    }

    public Task MigrateAsync() => InScopeAsync(sp => sp.GetRequiredService<SchemaMigrator>().MigrateAsync());

    public Task<IReadOnlyList<string>> DriftAsync() => InScopeAsync(sp => SchemaDrift.MissingAsync(sp.GetRequiredService<DurhamDbContext>()));

    /// <summary>(module, migration) rows of the module migration history.</summary>
    public Task<List<string>> HistoryAsync() => InScopeAsync(async sp =>
    {
        var connection = sp.GetRequiredService<DurhamDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ModuleId\", \"MigrationId\" FROM \"__DurhamModuleMigrations\" ORDER BY \"ModuleId\", \"MigrationId\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)}/{reader.GetString(1)}");
        }

        return rows;
    });

    public Task<object?> ScalarAsync(string sql) => InScopeAsync(async sp =>
    {
        var connection = sp.GetRequiredService<DurhamDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    });

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            UpgradeDatabases.DropPostgres(_postgresDatabase);
        }

        TempFolder.TryDelete(_dataPath);
    }
}
