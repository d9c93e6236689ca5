using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data.Migrations;

/// <summary>
/// Brings the site's schema up to date at every start: the frozen EF <c>Initial</c> of the
/// provider (on an empty database), then the module migrations not run yet. Cheap when nothing
/// is pending: two reads of history tables, no model diff.
/// </summary>
public sealed class SchemaMigrator(DurhamDbContext db, ModuleMigrationRunner modules)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Migrate also diffs the model against the snapshot (hundreds of milliseconds of a cold
        // start); an up-to-date database skips it.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await modules.RunAsync(cancellationToken);
    }
}
