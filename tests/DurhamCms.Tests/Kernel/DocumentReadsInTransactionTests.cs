using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Kernel;

/// <summary>
/// The document store remembers what it read inside a transaction for that transaction only: a recipe
/// reads the site settings for every item it imports, and one query serves them all, but nothing read
/// in a transaction outlives it (it may be rolled back) and a save is read back at once.
/// </summary>
public sealed class DocumentReadsInTransactionTests
{
    private sealed class Note
    {
        public string Text { get; set; } = "";
    }

    private const string Key = "TransactionNote";

    // A write the store does not see (as another node's would be), leaving the version as it was.
    private static Task<int> WriteBehindTheStoreAsync(DurhamDbContext db, string text)
    {
        var json = JsonSerializer.Serialize(new Note { Text = text }, ContentJson.Options);
        return db.Documents.Where(d => d.Key == Key).ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, json));
    }

    [Fact]
    public async Task A_read_inside_a_transaction_serves_that_transaction_only_and_a_save_is_read_back()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync(Key, new Note { Text = "one" }));

        await site.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IDocumentStore>();
            var db = sp.GetRequiredService<DurhamDbContext>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                Assert.Equal("one", (await store.FindAsync<Note>(Key))!.Text);
                await WriteBehindTheStoreAsync(db, "two");
                Assert.Equal("one", (await store.FindAsync<Note>(Key))!.Text);
                Assert.Equal("one", store.Find<Note>(Key)!.Text);

                await store.SaveAsync(Key, new Note { Text = "three" });
                Assert.Equal("three", (await store.FindAsync<Note>(Key))!.Text);
                Assert.Equal("three", store.Find<Note>(Key)!.Text);
                await transaction.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            Assert.Equal("one", (await store.FindAsync<Note>(Key))!.Text);

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await WriteBehindTheStoreAsync(db, "four");
                Assert.Equal("four", store.Find<Note>(Key)!.Text);
                await transaction.CommitAsync();
            }

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await WriteBehindTheStoreAsync(db, "five");
                Assert.Equal("five", (await store.FindAsync<Note>(Key))!.Text);
                await transaction.RollbackAsync();
            }
        });
    }
}
