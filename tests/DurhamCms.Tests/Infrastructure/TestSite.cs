using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// A whole site on the real host, of its own: a fresh data folder and, for PostgreSQL, a fresh
/// database. No test sees another's data. Set up by the Durham recipe on first start unless
/// <see cref="TestSiteOptions.SkipDurhamRecipe"/> says otherwise; a site whose setup cannot differ
/// from another's starts from a copy of a site set up once per run (<see cref="SetUpSiteTemplate"/>).
/// </summary>
public sealed class TestSite : WebApplicationFactory<Program>
{
    public const string Sqlite = DatabaseProviders.Sqlite;
    public const string PostgreSql = DatabaseProviders.PostgreSql;

    /// <summary>The administrator's password (user "admin") on every test site.</summary>
    public const string AdminPassword = "Test-admin-password-1";

    private readonly TestSiteOptions _options;
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgresDatabase;

    // A new site whose setup cannot differ from a template's starts from its copy instead.
    private bool _startsFromTemplate;

    public TestSite(string provider = Sqlite, IDictionary<string, string?>? settings = null)
        : this(new TestSiteOptions { Provider = provider, Settings = settings })
    {
    }

    public TestSite(TestSiteOptions options)
        : this(options, dataPath: null, postgresDatabase: null)
    {
    }

    private TestSite(TestSiteOptions options, string? dataPath, string? postgresDatabase)
    {
        _options = options;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "durhamcms-tests", Guid.NewGuid().ToString("n"));
        _settings = new Dictionary<string, string?>
        {
            ["DurhamCms:DataPath"] = DataPath,
            ["DurhamCms:Database:Provider"] = options.Provider,
            ["DurhamCms:Setup:AdminPassword"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
            // Background loops start with the host, as before BackgroundStart: most tests' fake clocks never
            // move, and their assertions wait for the first pass. BackgroundStartTests sets a delay.
            ["DurhamCms:BackgroundStartDelay"] = "00:00:00",
            // The warm-up searches (600 by default) per host would add up over the suite; SearchWarmerTests turns them on.
            ["DurhamCms:Search:WarmUpSearches"] = "0",
        };
        if (options.Modules is { } modules)
        {
            _settings[ModuleCatalog.ModulesKey] = string.Join(',', modules);
        }

        if (options.SkipDurhamRecipe)
        {
            _settings["DurhamCms:Setup:Recipe"] = RepositoryPaths.Fixture("recipes", "empty.recipe.json");
        }

        if (options.Provider == PostgreSql)
        {
            _postgresDatabase = postgresDatabase ?? "durham_test_" + Guid.NewGuid().ToString("n")[..16];
            _settings["DurhamCms:Database:ConnectionString"] = PostgresConnectionString(_postgresDatabase);
        }

        foreach (var (key, value) in options.Settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _startsFromTemplate = dataPath is null && SetUpSiteTemplate.Fits(options);
    }

    /// <summary>Both databases, for tests that must hold on each.</summary>
    public static TheoryData<string> Databases => new() { Sqlite, PostgreSql };

    public string Provider => _options.Provider;
    public string DataPath { get; }

    /// <summary>The site's own PostgreSQL database, when it runs on PostgreSQL.</summary>
    public string? PostgresDatabase => _postgresDatabase;

    public static string PostgresConnectionString(string database)
    {
        var baseString = Environment.GetEnvironmentVariable("DURHAMCMS_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=durham;Password=durham";
        return new NpgsqlConnectionStringBuilder(baseString) { Database = database }.ConnectionString;
    }

    /// <summary>The fake clock the site runs on, when its options gave one.</summary>
    public FakeTimeProvider? Clock => _options.Clock as FakeTimeProvider;

    /// <summary>
    /// A second host over the same data folder and database, as after a restart or on another
    /// node: the same options, but its own settings and, when given, its own clock and services
    /// (a module added to the site since).
    /// </summary>
    public TestSite Restart(IDictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null) =>
        new(_options with { Settings = settings, Clock = clock ?? _options.Clock, Services = services ?? _options.Services }, DataPath, _postgresDatabase) { KeepData = true };

    /// <summary>Set on the first of two hosts that share data, so that disposing it keeps the data.</summary>
    public bool KeepData { get; set; }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return true;
    });

    /// <summary>A draftable, versionable test type with a title and one text field.</summary>
    public Task DefineArticleAsync(string name = "Article") => InScopeAsync(sp =>
        sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(name, t => t
            .Creatable().Listable().Draftable().Versionable()
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart(name, p => p.WithPosition("1"))));

    public Task<int> CountVersionsAsync() => InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().ContentItems.CountAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Before the host is built, so that it finds a site already set up.
        if (_startsFromTemplate)
        {
            _startsFromTemplate = false;
            SetUpSiteTemplate.For(_options).CopyTo(DataPath, _postgresDatabase);
        }

        // Production: error pages as residents get them, never a developer page.
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (_options.Clock is { } clock)
            {
                services.AddSingleton(clock);
            }

            _options.Services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || KeepData)
        {
            return;
        }

        SqliteCleanup();
        if (_postgresDatabase is not null)
        {
            DropPostgresDatabase(_postgresDatabase);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Dispose(true);
    }

    private void SqliteCleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.TryDelete(DataPath);
    }

    private static void DropPostgresDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 5)
            {
                // An autovacuum worker (a superuser's backend) is in the database; it finishes
                // within moments. test.sh grants pg_signal_backend so that FORCE can end it.
                Thread.Sleep(200 * attempt);
            }
        }
    }
}

public static class TestContent
{
    public static async Task<ContentItem> NewArticleAsync(this IContentManager contentManager, string title, string body = "", string type = "Article")
    {
        var item = await contentManager.NewAsync(type);
        item.DisplayText = title;
        item.GetOrCreatePartJson("TitlePart")["Title"] = title;
        item.GetOrCreatePartJson(type)["Body"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = body };
        return item;
    }

    public static string? Body(this ContentItem item, string type = "Article") =>
        item.GetPartJson(type)?["Body"]?["Text"]?.GetValue<string>();

    public static void SetBody(this ContentItem item, string body, string type = "Article") =>
        item.GetOrCreatePartJson(type)["Body"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = body };
}
