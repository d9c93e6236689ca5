using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Models;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Search;

/// <summary>
/// The indexing task log is pruned once every live node has applied a task and it is older than
/// the margin; a node away longer than the margin rebuilds its index on return instead of
/// reading a log with holes in it.
/// </summary>
[Trait(Category.Name, Category.Slow)]
public sealed class TaskLogPruningTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Tasks_are_kept_until_every_live_node_has_applied_them_and_the_margin_has_passed()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = new TestSite(new TestSiteOptions { Clock = clock, Settings = Node("node-a") });
        site.CreateClient().Dispose();
        await site.WaitForSearchIndexAsync();
        await site.AddInitiativeAsync(PlanItems.Communities, "3.61", "Kingfisher survey", "In Progress");
        await site.WaitForSearchIndexAsync();

        // A second node, alive (its row is fresh the whole test) but still at the start of the log.
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            db.ClusterNodes.Add(new ClusterNodeRecord { NodeName = "node-b", SeenUtc = Start.UtcDateTime.AddHours(5), SearchTaskId = 0 });
            await db.SaveChangesAsync();
        });
        var before = await TaskIdsAsync(site);
        Assert.NotEmpty(before);

        clock.Advance(TimeSpan.FromHours(2));
        await PassAsync(site);
        Assert.Equal(before, (await TaskIdsAsync(site)).Take(before.Count));
        Assert.Equal(0, await HorizonAsync(site));

        // node-b catches up; a change made now is younger than the margin and stays.
        await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().ClusterNodes
            .Where(n => n.NodeName == "node-b").ExecuteUpdateAsync(s => s.SetProperty(n => n.SearchTaskId, long.MaxValue / 2)));
        await site.AddInitiativeAsync(PlanItems.Communities, "3.62", "Heron survey", "In Progress");
        await site.WaitForSearchIndexAsync();
        var recent = (await TaskIdsAsync(site)).Except(before).ToList();
        Assert.NotEmpty(recent);

        clock.Advance(TimeSpan.FromMinutes(15));
        await PassAsync(site);

        Assert.Equal(recent, await TaskIdsAsync(site));
        Assert.Equal(before.Max(), await HorizonAsync(site));
    }

    [Fact]
    public async Task A_node_away_longer_than_the_margin_rebuilds_and_finds_what_changed_meanwhile()
    {
        var clock = new FakeTimeProvider(Start);
        var first = new TestSite(new TestSiteOptions { Clock = clock, Settings = Node("node-a") }) { KeepData = true };
        first.CreateClient().Dispose();
        await first.WaitForSearchIndexAsync();
        var folder = first.Services.GetRequiredService<LuceneIndexes>().NodeFolder;
        await first.DisposeAsync();
        await Polling.EventuallyAsync(() => Task.FromResult(!Directory.EnumerateFiles(folder, "write.lock", SearchOption.AllDirectories).Any()), TimeSpan.FromSeconds(10), "node-a closing its index");

        // node-a is down; node-b publishes, and after the margin prunes the log (node-a no longer counts as live).
        var second = first.Restart(Node("node-b"));
        second.CreateClient().Dispose();
        await second.WaitForSearchIndexAsync();
        var (id, _) = await second.AddInitiativeAsync(PlanItems.Communities, "3.63", "Kestrel nesting boxes", "In Progress");
        await second.WaitForSearchIndexAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await PassAsync(second);
        Assert.Empty(await TaskIdsAsync(second));
        Assert.True(await HorizonAsync(second) > 0);
        var secondFolder = second.Services.GetRequiredService<LuceneIndexes>().NodeFolder;
        await second.DisposeAsync();
        await Polling.EventuallyAsync(() => Task.FromResult(!Directory.EnumerateFiles(secondFolder, "write.lock", SearchOption.AllDirectories).Any()), TimeSpan.FromSeconds(10), "node-b closing its index");

        // node-a returns: nothing in the log is new to it, yet its index must hold the kestrels.
        await using var third = second.Restart(Node("node-a"));
        third.KeepData = false;
        var client = third.CreateClient();
        await third.WaitForSearchIndexAsync();
        await Polling.EventuallyAsync(async () => (await client.SearchForAsync("kestrel")).HitIds().Contains(id), TimeSpan.FromSeconds(10), "node-a finding the change made while it was away");
    }

    private static Dictionary<string, string?> Node(string name) => new()
    {
        ["DurhamCms:Search:NodeName"] = name,
        ["DurhamCms:Search:TaskLogRetention"] = "01:00:00",
    };

    private static Task PassAsync(TestSite site) => site.Services.GetRequiredService<ContentIndexer>().SyncAsync(CancellationToken.None);

    private static Task<List<long>> TaskIdsAsync(TestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<IndexingTask>().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());

    private static Task<long> HorizonAsync(TestSite site) =>
        site.InScopeAsync(sp => IndexingTaskLogPruner.HorizonAsync(sp.GetRequiredService<IDocumentStore>()));
}

/// <summary>Facet labels come from the index snapshot searched, so a renamed page reads right as soon as it is indexed.</summary>
public sealed class FacetLabelTests
{
    [Fact]
    public async Task A_renamed_priority_labels_its_facet_value_in_the_next_search()
    {
        await using var site = new TestSite();
        var client = site.CreateClient();
        await site.WaitForSearchIndexAsync();
        var priorityId = await site.PriorityIdAsync(PlanItems.Communities);
        Assert.Equal(PlanItems.Communities, await LabelAsync(client, "3"));

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(priorityId, VersionOptions.DraftRequired))!;
            draft.Apply(new DurhamCms.Parts.Models.TitlePart { Title = "Engaged Neighborhoods" });
            draft.DisplayText = "Engaged Neighborhoods";
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
            await cm.PublishAsync(draft);
        });
        await site.WaitForSearchIndexAsync();

        await Polling.EventuallyAsync(async () => await LabelAsync(client, "3") == "Engaged Neighborhoods", TimeSpan.FromSeconds(5), "the facet label following the rename");
    }

    // The priority facet's values are priority numbers; Communities is priority 3.
    private static async Task<string?> LabelAsync(HttpClient client, string number) =>
        (await client.SearchForAsync("engagement")).GetProperty("facets").GetProperty("priority").EnumerateArray()
            .Where(v => v.GetProperty("value").GetString() == number).Select(v => v.GetProperty("label").GetString()).SingleOrDefault();
}
