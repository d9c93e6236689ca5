using DurhamCms.Caching;
using DurhamCms.Cluster;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.OpenData;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.Cluster;

public sealed class ClusterBusTests
{
    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_publish_on_node_A_evicts_the_page_node_B_had_cached()
    {
        await using var cluster = new SharedDatabase();
        var a = cluster.AddNode("a");
        var b = cluster.AddNode("b");
        var initiative = await a.InitiativeAsync("3.91", "Cluster cached initiative");
        var onB = b.CreateClient();
        Assert.Contains("Cluster cached initiative", await onB.GetStringAsync(new Uri("/api/plan.json", UriKind.Relative)), StringComparison.Ordinal);

        await a.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<DurhamCms.ContentManagement.IContentManager>();
            var draft = (await contents.GetAsync(initiative.ContentItemId, DurhamCms.ContentManagement.VersionOptions.DraftRequired))!;
            draft.GetOrCreatePartJson(Initiative.Type)[Initiative.Description] = new System.Text.Json.Nodes.JsonObject { ["Html"] = "<p>Cluster charlie marker</p>" };
            Assert.True((await contents.UpdateAsync(draft)).Succeeded);
            await contents.PublishAsync(draft);
        });

        var took = await Polling.EventuallyAsync(
            async () => (await onB.GetStringAsync(new Uri("/api/plan.json", UriKind.Relative))).Contains("Cluster charlie marker", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5),
            "node B serving the new description");
        Assert.True(took < TimeSpan.FromSeconds(5));
    }

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_publish_on_node_A_evicts_the_reads_node_B_kept_for_its_renders()
    {
        await using var cluster = new SharedDatabase();
        var a = cluster.AddNode("a");
        // B renders every page, so what it shows comes from the reads it keeps, not from cached pages.
        var b = cluster.AddNode("b", new Dictionary<string, string?> { ["DurhamCms:PageCache:Enabled"] = "false" });
        var initiative = await a.InitiativeAsync("3.92", "Cluster kept reads");
        await OutputCacheTests.PublishDescriptionAsync(a, initiative.ContentItemId, "<p>Cluster alpha marker</p>");
        const string Path = "/initiatives/3-92-cluster-kept-reads";
        var onB = b.CreateClient();
        Assert.Contains("Cluster alpha marker", await onB.GetStringAsync(new Uri(Path, UriKind.Relative)), StringComparison.Ordinal);
        await OutputCacheTests.ReplaceBehindTheContentManagerAsync(a, initiative.ContentItemId, "Cluster alpha marker", "Cluster bravo marker");
        Assert.Contains("Cluster alpha marker", await onB.GetStringAsync(new Uri(Path, UriKind.Relative)), StringComparison.Ordinal);

        await OutputCacheTests.PublishDescriptionAsync(a, initiative.ContentItemId, "<p>Cluster charlie marker</p>");

        var took = await Polling.EventuallyAsync(
            async () => (await onB.GetStringAsync(new Uri(Path, UriKind.Relative))).Contains("Cluster charlie marker", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5),
            "node B rendering the new description");
        Assert.True(took < TimeSpan.FromSeconds(5));
    }

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_signal_sent_while_a_node_is_not_listening_arrives_when_it_catches_up()
    {
        await using var cluster = new SharedDatabase();
        var a = cluster.AddNode("a");
        var b = cluster.AddNode("b");
        a.CreateClient().Dispose();
        b.CreateClient().Dispose();
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = b.Services.GetRequiredService<IClusterBus>().Subscribe("test", payload =>
        {
            heard.TrySetResult(payload);
            return Task.CompletedTask;
        });

        // Straight into the table, with no NOTIFY: only the catching-up read can find it.
        await using (var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand("""INSERT INTO "ClusterSignals" ("Channel", "Payload", "Origin", "CreatedUtc") VALUES ('test', 'missed', 'elsewhere', now())""", connection);
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal("missed", await heard.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.NotNull(a.Services.GetRequiredService<PageCacheEviction>());
    }
}
