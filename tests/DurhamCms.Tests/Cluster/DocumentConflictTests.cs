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
}
