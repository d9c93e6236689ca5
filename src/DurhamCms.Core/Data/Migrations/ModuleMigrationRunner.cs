using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Data.Migrations;

/// <summary>
/// Runs the module migrations this site has not run yet, all in one transaction with their
/// history rows: an upgrade either completes or leaves the database as it was.
/// </summary>
public sealed class ModuleMigrationRunner(DurhamDbContext db, ModuleMigrations migrations, TimeProvider clock, ILogger<ModuleMigrationRunner> logger)
{
    /// <summary>Any constant: PostgreSQL nodes starting together take turns, the later ones find nothing left to run.</summary>
    private const long PostgresLockKey = 0x44_75_72_68_61_6D_4D_67;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await ModuleMigrationHistory.EnsureTableAsync(db, cancellationToken);
        if (Pending(await ModuleMigrationHistory.ReadAsync(db, cancellationToken)).Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }

        var pending = Pending(await ModuleMigrationHistory.ReadAsync(db, cancellationToken));
        var generator = db.GetService<IMigrationsSqlGenerator>();
        var connection = db.GetService<IRelationalConnection>();
        foreach (var entry in pending)
        {
            if (await entry.Migration.CheckAsync(db.Database, cancellationToken) is { Count: > 0 } problems)
            {
                throw new ModuleMigrationRefusedException(entry, problems);
            }

            var builder = new MigrationBuilder(db.Database.ProviderName);
            entry.Migration.Up(builder);

            // No model: a migration says everything it needs, so what it creates never depends
            // on how the entity is configured in later releases.
            foreach (var command in generator.Generate(builder.Operations, model: null))
            {
                if (command.TransactionSuppressed)
                {
                    throw new InvalidOperationException($"Module {entry.ModuleId}, migration {entry.Migration.Id}: \"{command.CommandText.Trim()}\" cannot run inside a transaction; module migrations must.");
                }

                await command.ExecuteNonQueryAsync(connection, cancellationToken: cancellationToken);
            }

            await ModuleMigrationHistory.RecordAsync(db, entry, clock.GetUtcNow().UtcDateTime, cancellationToken);
            logger.LogInformation("Module {Module}: migration {Migration} applied", entry.ModuleId, entry.Migration.Id);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private List<ModuleMigrationEntry> Pending(HashSet<(string ModuleId, string MigrationId)> applied) =>
        migrations.All.Where(e => !applied.Contains((e.ModuleId, e.Migration.Id))).ToList();
}
