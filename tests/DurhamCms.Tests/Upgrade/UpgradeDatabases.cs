using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DurhamCms.Tests.Upgrade;

/// <summary>Fresh databases for the migration and upgrade tests, and plain SQL reads of them that need no model.</summary>
public static partial class UpgradeDatabases
{
    public static string NewPostgresName(string prefix) => $"durham_{prefix}_{Guid.NewGuid():n}"[..40];

    /// <summary>A new database loaded from a pg_dump file (psql's own \restrict lines skipped).</summary>
    public static async Task<string> LoadPostgresDumpAsync(string dumpFile)
    {
        var database = NewPostgresName("upgrade");
        await using (var admin = new NpgsqlConnection(TestSite.PostgresConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var script = PsqlMetaCommand().Replace(await File.ReadAllTextAsync(dumpFile), "");
        await using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString(database) + ";Pooling=false");
        await connection.OpenAsync();
        await using var load = new NpgsqlCommand(script, connection);
        await load.ExecuteNonQueryAsync();
        return database;
    }

    public static void DropPostgres(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public static DbConnection Open(string provider, string sqliteFileOrPostgresDatabase)
    {
        DbConnection connection = provider == TestSite.PostgreSql
            ? new NpgsqlConnection(TestSite.PostgresConnectionString(sqliteFileOrPostgresDatabase) + ";Pooling=false")
            : new SqliteConnection($"Data Source={sqliteFileOrPostgresDatabase};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Rows per table, for every table of the database.</summary>
    public static async Task<SortedDictionary<string, long>> CountRowsAsync(DbConnection connection)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = connection is SqliteConnection
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>A UTC time as either provider returns it (SQLite keeps text).</summary>
    public static async Task<DateTime> ReadUtcAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() switch
        {
            DateTime time => time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time, DateTimeKind.Utc),
            string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            var other => throw new InvalidOperationException($"{sql} returned {other ?? "nothing"}"),
        };
    }

    [GeneratedRegex(@"^\\(un)?restrict \S+\s*$", RegexOptions.Multiline)]
    private static partial Regex PsqlMetaCommand();
}
