using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Kernel;

public sealed class AfterCommitTests
{
    [Fact]
    public async Task After_commit_work_waits_for_the_commit_and_is_dropped_on_rollback()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var ran = new List<string>();

            await db.InTransactionAsync(async () =>
            {
                await db.AfterCommitAsync(() => Record(ran, "committed"));
                Assert.Empty(ran);
            });
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async () =>
            {
                await db.AfterCommitAsync(() => Record(ran, "rolled back"));
                throw new InvalidOperationException("fail the transaction");
            }));
            await db.AfterCommitAsync(() => Record(ran, "no transaction"));

            Assert.Equal(["committed", "no transaction"], ran);
        });
    }

    [Fact]
    public async Task Work_queued_once_by_key_runs_once_per_transaction()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var afterCommit = sp.GetRequiredService<IAfterCommit>();
            var db = sp.GetRequiredService<DurhamDbContext>();
            var ran = new List<string>();

            await db.InTransactionAsync(async () =>
            {
                await afterCommit.AfterCommitOnceAsync("wake", () => Record(ran, "wake 1"));
                await afterCommit.AfterCommitOnceAsync("wake", () => Record(ran, "wake 2"));
                await afterCommit.AfterCommitOnceAsync("evict", () => Record(ran, "evict"));
            });
            await db.InTransactionAsync(() => afterCommit.AfterCommitOnceAsync("wake", () => Record(ran, "next transaction")));

            Assert.Equal(["wake 1", "evict", "next transaction"], ran);
        });
    }

    [Fact]
    public async Task Any_transaction_settles_its_work_however_it_was_begun_and_ended()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var ran = new List<string>();

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await db.AfterCommitAsync(() => Record(ran, "committed directly"));
                await transaction.CommitAsync();
            }

            await using (await db.Database.BeginTransactionAsync())
            {
                // Disposed without a commit: rolled back, so its work must not run, now or later.
                await db.AfterCommitOnceAsync("wake", () => Record(ran, "abandoned"));
            }

            await db.InTransactionAsync(() => db.AfterCommitOnceAsync("wake", () => Record(ran, "after the abandoned one")));

            Assert.Equal(["committed directly", "after the abandoned one"], ran);
        });
    }

    [Fact]
    public async Task Failing_after_commit_work_does_not_fail_the_save_it_follows()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var ran = new List<string>();

            await db.InTransactionAsync(async () =>
            {
                await db.AfterCommitAsync(() => throw new InvalidOperationException("the cache store is down"));
                await db.AfterCommitAsync(() => Record(ran, "still runs"));
                // Work queued by work that runs after the commit runs at once, not with a later transaction.
                await db.AfterCommitAsync(() => db.AfterCommitAsync(() => Record(ran, "queued while running")));
            });

            Assert.Equal(["still runs", "queued while running"], ran);
        });
    }

    private static Task Record(List<string> ran, string what)
    {
        ran.Add(what);
        return Task.CompletedTask;
    }
}
