using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

public static class DurhamDbContextExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction, or inside the caller's when one is open
    /// (a recipe wraps all its steps in one). On failure nothing tracked survives.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DurhamDbContext db, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        T result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                result = await work();
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        }

        return result;
    }

    public static Task InTransactionAsync(this DurhamDbContext db, Func<Task> work, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);
}
