using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// A site set up once per test run for each setup it can be shared by, copied into each new
/// <see cref="TestSite"/> that would set up the same way: the data folder (SQLite database,
/// search index, key ring) and, on PostgreSQL, the database by <c>CREATE DATABASE ... TEMPLATE</c>.
/// Setting up the Durham recipe costs each site seconds of CPU; hundreds of sites did it.
/// </summary>
/// <remarks>
/// Shared only when nothing the setup reads can differ (<see cref="Fits"/>): no clock (the recipe
/// stamps its items with it), no module list, no settings, no services. What a template gives
/// every copy alike: the content and user ids, the administrator's security stamp and the
/// data-protection key ring, so a cookie of one test site is accepted by another. No test relies
/// on those differing between sites; a test of setup itself asks for
/// <see cref="TestSiteOptions.SetUpFromScratch"/>.
/// </remarks>
internal sealed class SetUpSiteTemplate
{
    private static readonly ConcurrentDictionary<(string Provider, bool SkipDurhamRecipe), Lazy<SetUpSiteTemplate>> Templates = new();

    private readonly string _dataPath;
    private readonly string? _postgresDatabase;

    private SetUpSiteTemplate(string dataPath, string? postgresDatabase)
    {
        _dataPath = dataPath;
        _postgresDatabase = postgresDatabase;
    }

    /// <summary>The template's own data folder, which no copy may name.</summary>
    public string DataPath => _dataPath;

    /// <summary>Set to 1, every site sets itself up (to compare a run's time, or to rule the templates out).</summary>
    public const string FreshSetupVariable = "DURHAMCMS_TEST_FRESH_SETUP";

    private static readonly bool AlwaysFresh = Environment.GetEnvironmentVariable(FreshSetupVariable) == "1";

    /// <summary>Whether a site with these options sets up exactly as a template of its provider and recipe did (a whitelist).</summary>
    public static bool Fits(TestSiteOptions options) =>
        !AlwaysFresh
        && options is { SetUpFromScratch: false, Modules: null, Clock: null, Services: null }
        && (options.Settings is null || options.Settings.Count == 0);

    /// <summary>The template for these options, set up by the first site that asks.</summary>
    public static SetUpSiteTemplate For(TestSiteOptions options) =>
        Templates.GetOrAdd((options.Provider, options.SkipDurhamRecipe), _ => new(() => SetUp(options))).Value;

    /// <summary>Gives an empty site the template's data: its data folder and, on PostgreSQL, its database.</summary>
    public void CopyTo(string dataPath, string? postgresDatabase)
    {
        CopyFolder(_dataPath, dataPath);
        if (postgresDatabase is not null)
        {
            CreateDatabaseFromTemplate(postgresDatabase, _postgresDatabase!);
        }
    }

    private static SetUpSiteTemplate SetUp(TestSiteOptions options)
    {
        var site = new TestSite(options with { SetUpFromScratch = true }) { KeepData = true };
        try
        {
            _ = site.Services;
        }
        finally
        {
            // Stopping the host commits the search index with its cursor and closes the database.
            site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var template = new SetUpSiteTemplate(site.DataPath, site.PostgresDatabase);
        if (site.PostgresDatabase is { } database)
        {
            NpgsqlConnection.ClearAllPools();

            // A template database must have nobody in it while it is copied; this keeps autovacuum out too.
            Execute($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS false");
        }
        else
        {
            // The last connection to close checkpoints the WAL into the database file.
            SqliteConnection.ClearAllPools();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Delete();
        return template;
    }

    private static void CopyFolder(string from, string to)
    {
        CreateFolderLike(from, to);
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            CreateFolderLike(folder, Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // The shared-memory index is rebuilt from the WAL when missing; a lock file belongs to the template's writer.
            if (file.EndsWith("-shm", StringComparison.Ordinal) || Path.GetFileName(file) == "write.lock")
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(file));
            }
        }
    }

    // With the template's mode: the site only secures a data folder it creates itself (0700).
    private static void CreateFolderLike(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(to);
        }
        else
        {
            Directory.CreateDirectory(to, File.GetUnixFileMode(from));
        }
    }

    private static void CreateDatabaseFromTemplate(string database, string template)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                // Another session is still in the template; it leaves within moments.
                Thread.Sleep(100 * attempt);
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Delete()
    {
        try
        {
            Directory.Delete(_dataPath, recursive: true);
            if (_postgresDatabase is not null)
            {
                Execute($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NpgsqlException)
        {
            // The run is over; a leftover template in the temp folder or server harms nothing.
        }
    }
}
