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
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Queue(eventData)?.CommittedAsync(eventData.TransactionId, logger).GetAwaiter().GetResult();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Queue(eventData)?.CommittedAsync(eventData.TransactionId, logger) ?? Task.CompletedTask;

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Queue(eventData)?.Discard();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Queue(eventData)?.Discard();
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Queue(eventData)?.Discard();

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Queue(eventData)?.Discard();
        return Task.CompletedTask;
    }

    private static AfterCommitQueue? Queue(DbContextEventData eventData) => (eventData.Context as DurhamDbContext)?.AfterCommit;
}
