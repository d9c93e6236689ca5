using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data.Migrations;

/// <summary>
/// Which module migrations ran on this site: one row per (module, migration), beside EF's
/// <c>__EFMigrationsHistory</c> that records the baseline. Plain SQL both providers accept, so
/// the table needs no migration of its own.
/// </summary>
internal static class ModuleMigrationHistory
{
    public const string Table = "__DurhamModuleMigrations";

    public static Task EnsureTableAsync(DurhamDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            $"""
            CREATE TABLE IF NOT EXISTS "{Table}" (
                "ModuleId" VARCHAR(200) NOT NULL,
                "MigrationId" VARCHAR(150) NOT NULL,
                "AppliedUtc" VARCHAR(40) NOT NULL,
                CONSTRAINT "PK_{Table}" PRIMARY KEY ("ModuleId", "MigrationId")
            )
            """,
            cancellationToken);

    public static async Task<HashSet<(string ModuleId, string MigrationId)>> ReadAsync(DurhamDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQueryRaw<AppliedModuleMigration>($"""SELECT "ModuleId", "MigrationId" FROM "{Table}" """)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.ModuleId, r.MigrationId)).ToHashSet();
    }

    public static Task RecordAsync(DurhamDbContext db, ModuleMigrationEntry entry, DateTime appliedUtc, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "__DurhamModuleMigrations" ("ModuleId", "MigrationId", "AppliedUtc") VALUES ({entry.ModuleId}, {entry.Migration.Id}, {appliedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture)})""",
            cancellationToken);

    private sealed class AppliedModuleMigration
    {
        public string ModuleId { get; set; } = "";
        public string MigrationId { get; set; } = "";
    }
}
