using DurhamCms.Documents;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Cluster;

public sealed class DocumentConflictTests
{
    private sealed class Note
    {
        public string Text { get; set; } = "";
    }

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_save_of_a_document_changed_since_it_was_read_is_refused_and_keeps_the_other_change(string database)
    {
        await using var site = new TestSite(new TestSiteOptions { Provider = database, SkipDurhamRecipe = true });
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync("ClusterNote", new Note { Text = "first" }));
        await using var first = site.Scope();
        await using var second = site.Scope();
        var one = first.ServiceProvider.GetRequiredService<IDocumentStore>();
        var two = second.ServiceProvider.GetRequiredService<IDocumentStore>();

        var readByOne = await one.GetAsync<Note>("ClusterNote");
        var readByTwo = await two.GetAsync<Note>("ClusterNote");
        readByTwo.Text = "second admin";
        await two.SaveAsync("ClusterNote", readByTwo);
        readByOne.Text = "first admin";
        var conflict = await Assert.ThrowsAsync<DocumentConflictException>(() => one.SaveAsync("ClusterNote", readByOne));

        Assert.Contains("ClusterNote", conflict.Message, StringComparison.Ordinal);
        var kept = await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<Note>("ClusterNote"));
        Assert.Equal("second admin", kept.Text);
        // Read again, the same change saves.
        var again = await one.GetAsync<Note>("ClusterNote");
        again.Text = "first admin";
        await one.SaveAsync("ClusterNote", again);
    }

    [Fact]
    public async Task A_unit_of_work_reads_a_document_once_and_hands_out_a_new_copy_at_each_read()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync("ClusterNote", new Note { Text = "first" }));
        await using var page = site.Scope();
        var store = page.ServiceProvider.GetRequiredService<IDocumentStore>();

        var read = await store.GetAsync<Note>("ClusterNote");
        read.Text = "changed in memory, never saved";
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync("ClusterNote", new Note { Text = "saved by another node" }));
        var again = await store.GetAsync<Note>("ClusterNote");

        // One version for the whole unit of work, and a copy no earlier reader has touched.
        Assert.NotSame(read, again);
        Assert.Equal("first", again.Text);
        // What it read is stale now: saving it is refused, and the next read is the other node's.
        await Assert.ThrowsAsync<DocumentConflictException>(() => store.SaveAsync("ClusterNote", again));
        Assert.Equal("saved by another node", (await store.GetAsync<Note>("ClusterNote")).Text);
    }
}
