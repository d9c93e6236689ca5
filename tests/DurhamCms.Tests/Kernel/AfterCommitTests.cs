using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
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

    private static Task Record(List<string> ran, string what)
    {
        ran.Add(what);
        return Task.CompletedTask;
    }
}
