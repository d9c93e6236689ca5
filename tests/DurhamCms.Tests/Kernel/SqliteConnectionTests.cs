using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Upgrade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Kernel;

/// <summary>How the site opens its SQLite file.</summary>
public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task Every_connection_the_site_opens_reads_the_file_through_a_memory_map()
    {
        await using var site = MigrationSite.Create(TestSite.Sqlite);
        await site.MigrateAsync();

        // Twice: SQLite keeps the setting per connection, so a pooled or new one must carry it too.
        for (var i = 0; i < 2; i++)
        {
            var mapped = await site.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<DurhamDbContext>();
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA mmap_size";
                return Convert.ToInt64(await command.ExecuteScalarAsync());
            });
            Assert.Equal(1L << 30, mapped);
        }
    }
}
