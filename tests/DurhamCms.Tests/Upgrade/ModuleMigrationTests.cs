using DurhamCms.Data;
using DurhamCms.Data.Migrations;
using DurhamCms.Modules;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Upgrade.TestModules.Bookmarks;
using DurhamCms.Tests.Upgrade.TestModules.Broken;
using DurhamCms.Tests.Upgrade.TestModules.Twins;
using DurhamCms.Tests.Upgrade.TestModules.Unmigrated;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade;

/// <summary>A module's table comes from the module's own migrations, on both providers, once, all or nothing.</summary>
public sealed class ModuleMigrationTests
{
    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task A_module_table_comes_from_its_own_migrations_on_SQLite() => ModuleTableFromItsMigrations(TestSite.Sqlite);

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task A_module_table_comes_from_its_own_migrations_on_PostgreSQL() => ModuleTableFromItsMigrations(TestSite.PostgreSql);

    private static async Task ModuleTableFromItsMigrations(string provider)
    {
        await using var site = MigrationSite.Create(provider, new BookmarksStartup());
        await site.MigrateAsync();

        // The kernel's own migrations (cluster tables, then an index) run first on every site.
        Assert.Equal(["DurhamCms.Core/2026-12-01-CreateClusterTables", "DurhamCms.Core/2026-12-23-IndexContentItemsByTypeAndDates", "Test.Bookmarks/2026-12-01-CreateResidentBookmark", "Test.Bookmarks/2026-12-02-AddResidentBookmarkNote"], await site.HistoryAsync());
        Assert.Empty(await site.DriftAsync());

        // The key is numbered as the baseline numbers its own: AUTOINCREMENT, an identity column.
        if (provider == TestSite.Sqlite)
        {
            Assert.Contains("AUTOINCREMENT", (string?)await site.ScalarAsync("SELECT sql FROM sqlite_master WHERE name = 'ResidentBookmark'"), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("YES", await site.ScalarAsync("SELECT is_identity FROM information_schema.columns WHERE table_name = 'ResidentBookmark' AND column_name = 'Id'"));
        }

        // The provider numbered the key and mapped every type the entity uses.
        var ids = await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            db.AddRange(
                new ResidentBookmark { ContentItemId = "9c2t155a3x72ycp1aas56zm5dr", CreatedUtc = DateTime.UtcNow, Note = "For the board meeting" },
                new ResidentBookmark { ContentItemId = "4t9vr060w6qz0t17d1e5dyjbz4", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return await db.Set<ResidentBookmark>().OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        });
        Assert.Equal(2, ids.Distinct().Count(id => id > 0));

        // The next start finds nothing to run.
        await site.MigrateAsync();
        Assert.Equal(4, (await site.HistoryAsync()).Count);
        Assert.Equal("For the board meeting", await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<ResidentBookmark>().Where(b => b.Note != null).Select(b => b.Note).SingleAsync()));
    }

    [Fact]
    public async Task An_entity_without_a_migration_fails_the_drift_check_naming_its_table_and_columns()
    {
        await using var site = MigrationSite.Create(TestSite.Sqlite, new UnmigratedStartup());
        await site.MigrateAsync();

        var missing = Assert.Single(await site.DriftAsync());
        Assert.Equal("table ForgottenRecord (columns Id, Remark)", missing);
    }

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task A_failing_migration_leaves_the_database_as_it_was_on_SQLite() => FailingMigrationRollsBack(TestSite.Sqlite);

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task A_failing_migration_leaves_the_database_as_it_was_on_PostgreSQL() => FailingMigrationRollsBack(TestSite.PostgreSql);

    private static async Task FailingMigrationRollsBack(string provider)
    {
        await using var site = MigrationSite.Create(provider, new BookmarksStartup(), new BrokenStartup());
        await Assert.ThrowsAnyAsync<Exception>(site.MigrateAsync);

        // One transaction for every pending migration: not even the other module's went in.
        Assert.Empty(await site.HistoryAsync());
        var tables = await site.InScopeAsync(async sp =>
        {
            var connection = sp.GetRequiredService<DurhamDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            return await UpgradeDatabases.CountRowsAsync(connection);
        });
        Assert.DoesNotContain("HalfDone", tables.Keys);
        Assert.DoesNotContain("ResidentBookmark", tables.Keys);
        Assert.Contains("ContentItems", tables.Keys);
    }

    [Fact]
    public void Two_migrations_of_a_module_with_one_id_are_refused_naming_the_module_and_the_id()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleMigrations.Discover(new ModuleCatalog([new TwinsStartup()])));
        Assert.Contains("Module Test.Twins", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"2026-12-01-Same\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_run_in_module_order_then_by_id()
    {
        var migrations = ModuleMigrations.Discover(new ModuleCatalog([new BrokenStartup(), new BookmarksStartup()]));
        Assert.Equal(
            ["DurhamCms.Core/2026-12-01-CreateClusterTables", "DurhamCms.Core/2026-12-23-IndexContentItemsByTypeAndDates", "Test.Bookmarks/2026-12-01-CreateResidentBookmark", "Test.Bookmarks/2026-12-02-AddResidentBookmarkNote", "Test.Broken/2026-12-01-CreateHalfDone", "Test.Broken/2026-12-02-FailHalfway"],
            migrations.All.Select(e => $"{e.ModuleId}/{e.Migration.Id}"));
    }
}
