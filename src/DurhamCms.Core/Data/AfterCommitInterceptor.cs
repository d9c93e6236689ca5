using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Data;

/// <summary>
/// Settles a context's after-commit work whenever its transaction ends, whoever began it: runs it
/// on commit, drops it on rollback or failure. Work is never left for a later transaction.
/// </summary>
internal sealed class AfterCommitInterceptor(ILogger<AfterCommitInterceptor> logger) : DbTransactionInterceptor
{
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) => Opened(eventData, result);

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Opened(eventData, result));

    public override DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result) => Opened(eventData, result);

    public override ValueTask<DbTransaction> TransactionUsedAsync(DbConnection connection, TransactionEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Opened(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Ended(eventData);
        Queue(eventData)?.CommittedAsync(eventData.TransactionId, logger).GetAwaiter().GetResult();
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData);
        return Queue(eventData)?.CommittedAsync(eventData.TransactionId, logger) ?? Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Ended(eventData);
        Queue(eventData)?.Discard();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData);
        Queue(eventData)?.Discard();
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        Ended(eventData);
        Queue(eventData)?.Discard();
    }

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData);
        Queue(eventData)?.Discard();
        return Task.CompletedTask;
    }

    private static DbTransaction Opened(DbContextEventData eventData, DbTransaction transaction)
    {
        if (eventData.Context is DurhamDbContext context)
        {
            context.TransactionSeen = true;
        }

        return transaction;
    }

    private static void Ended(DbContextEventData eventData)
    {
        if (eventData.Context is DurhamDbContext context)
        {
            context.TransactionSeen = false;
        }
    }

    private static AfterCommitQueue? Queue(DbContextEventData eventData) => (eventData.Context as DurhamDbContext)?.AfterCommit;
}
