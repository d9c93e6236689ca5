using System.Data.Common;
using DurhamCms.Data.Migrations;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// Issue 10, "emails are unique": a release-1 site whose users share an email does not start,
/// says who shares what, and changes nothing; once the emails differ it starts, and from then on
/// the database itself holds emails unique.
/// </summary>
public sealed class UniqueEmailUpgradeTests
{
    private const string SharedEmail = "Comms@DurhamNC.gov";

    [Fact]
    public async Task A_SQLite_site_with_a_shared_email_refuses_to_start_until_each_user_has_their_own()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "durhamcms-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, ReleaseFixture.SqliteFile);
        File.Copy(Path.Combine(ReleaseFixture.Folder("release-1"), ReleaseFixture.SqliteFile), file);
        try
        {
            await RefusesThenStartsAsync(TestSite.Sqlite, file, new() { ["DurhamCms:DataPath"] = dataPath });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_PostgreSQL_site_with_a_shared_email_refuses_to_start_until_each_user_has_their_own()
    {
        var database = await UpgradeDatabases.LoadPostgresDumpAsync(Path.Combine(ReleaseFixture.Folder("release-1"), ReleaseFixture.PostgresDump));
        try
        {
            await RefusesThenStartsAsync(TestSite.PostgreSql, database, new() { ["DurhamCms:Database:ConnectionString"] = TestSite.PostgresConnectionString(database) });
        }
        finally
        {
            UpgradeDatabases.DropPostgres(database);
        }
    }

    private static async Task RefusesThenStartsAsync(string provider, string database, Dictionary<string, string?> settings)
    {
        SortedDictionary<string, long> before;
        await using (var connection = UpgradeDatabases.Open(provider, database))
        {
            // Two users share an email (differently cased), a third has none, as release 1 allowed.
            await ExecuteAsync(connection, $"UPDATE \"AspNetUsers\" SET \"Email\" = '{SharedEmail}', \"NormalizedEmail\" = '{SharedEmail.ToUpperInvariant()}' WHERE \"UserName\" IN ('admin', '{ReleaseFixture.Editor}')");
            await ExecuteAsync(connection, $"UPDATE \"AspNetUsers\" SET \"Email\" = NULL, \"NormalizedEmail\" = NULL WHERE \"UserName\" = '{ReleaseFixture.Author}'");
            before = await UpgradeDatabases.CountRowsAsync(connection);
        }

        await using (var refused = new TestSite(new TestSiteOptions { Provider = provider, Settings = settings }))
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => refused.InScopeAsync(_ => Task.CompletedTask));
            var refusal = Refusal(error) ?? throw new Xunit.Sdk.XunitException("Expected the Users module's email check to refuse the start, got: " + error);
            Assert.Equal("DurhamCms.Users", refusal.ModuleId);
            Assert.Contains($"Users admin and {ReleaseFixture.Editor} share the email {SharedEmail}; give each a different email, then start again.", refusal.Message, StringComparison.Ordinal);
        }

        await using (var connection = UpgradeDatabases.Open(provider, database))
        {
            Assert.False(await EmailIndexIsUniqueAsync(connection), "EmailIndex became unique although the upgrade was refused.");
            var after = await UpgradeDatabases.CountRowsAsync(connection);
            foreach (var (table, rows) in before)
            {
                Assert.True(after.GetValueOrDefault(table) == rows, $"Table {table} had {rows} rows before the refused start and {after.GetValueOrDefault(table)} after.");
            }

            Assert.Equal(0L, Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM \"__DurhamModuleMigrations\" WHERE \"MigrationId\" = '2026-12-01-UniqueEmails'")));
            await ExecuteAsync(connection, $"UPDATE \"AspNetUsers\" SET \"Email\" = 'erin@durhamnc.gov', \"NormalizedEmail\" = 'ERIN@DURHAMNC.GOV' WHERE \"UserName\" = '{ReleaseFixture.Editor}'");
        }

        await using (var started = new TestSite(new TestSiteOptions { Provider = provider, Settings = settings }))
        {
            await started.InScopeAsync(_ => Task.CompletedTask);
        }

        await using (var connection = UpgradeDatabases.Open(provider, database))
        {
            Assert.True(await EmailIndexIsUniqueAsync(connection), "EmailIndex is not unique after the upgrade.");
            await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection,
                $"UPDATE \"AspNetUsers\" SET \"Email\" = '{SharedEmail}', \"NormalizedEmail\" = '{SharedEmail.ToUpperInvariant()}' WHERE \"UserName\" = '{ReleaseFixture.Editor}'"));
        }
    }

    private static ModuleMigrationRefusedException? Refusal(Exception? error) => error switch
    {
        null => null,
        ModuleMigrationRefusedException refusal => refusal,
        AggregateException many => many.InnerExceptions.Select(Refusal).FirstOrDefault(r => r is not null),
        _ => Refusal(error.InnerException),
    };

    private static async Task<bool> EmailIndexIsUniqueAsync(DbConnection connection) =>
        Convert.ToBoolean(await ScalarAsync(connection, connection is SqliteConnection
            ? "SELECT \"unique\" FROM pragma_index_list('AspNetUsers') WHERE name = 'EmailIndex'"
            : "SELECT i.indisunique FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'EmailIndex'"));

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
