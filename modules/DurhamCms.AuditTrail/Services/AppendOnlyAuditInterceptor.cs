using System.Data.Common;
using System.Text.RegularExpressions;
using DurhamCms.AuditTrail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DurhamCms.AuditTrail.Services;

/// <summary>The refusal of any change to a recorded audit event.</summary>
public sealed class AuditTrailAppendOnlyException(string message) : InvalidOperationException(message);

/// <summary>
/// Keeps the audit trail append-only through EF: a SaveChanges that would modify or delete an
/// <see cref="AuditTrailEvent"/> is refused before anything is written.
/// </summary>
public sealed class AppendOnlyAuditInterceptor : SaveChangesInterceptor
{
    public static AppendOnlyAuditInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Only the audit rows are examined for changes: Entries() would detect changes in every
        // tracked row, which SaveChanges does again right after (a recipe saves once per item).
        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        EntityEntry<AuditTrailEvent>? changed;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            changed = tracker.Entries<AuditTrailEvent>().FirstOrDefault(e =>
            {
                if (autoDetect && e.State == EntityState.Unchanged)
                {
                    e.DetectChanges();
                }

                return e.State is EntityState.Modified or EntityState.Deleted;
            });
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (changed is not null)
        {
            throw new AuditTrailAppendOnlyException(
                $"The audit trail is append-only: event {changed.Entity.Id} ({changed.Entity.Name}) cannot be {(changed.State == EntityState.Deleted ? "deleted" : "changed")}.");
        }
    }
}

/// <summary>
/// The same rule for SQL that does not go through SaveChanges (ExecuteUpdate, ExecuteDelete, raw
/// SQL): any UPDATE, DELETE or TRUNCATE of the AuditTrailEvent table is refused before it runs.
/// </summary>
public sealed partial class AppendOnlyAuditCommandInterceptor : DbCommandInterceptor
{
    public static AppendOnlyAuditCommandInterceptor Instance { get; } = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command)
    {
        var sql = command.CommandText;
        if (sql.Contains(nameof(AuditTrailEvent), StringComparison.OrdinalIgnoreCase) && ChangeStatement().IsMatch(sql))
        {
            throw new AuditTrailAppendOnlyException("The audit trail is append-only: SQL that updates, deletes or truncates AuditTrailEvent rows is refused.");
        }
    }

    [GeneratedRegex("""\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+(ONLY\s+)?("?\w+"?\.)?"?AuditTrailEvent"?(\s|;|$)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeStatement();
}
