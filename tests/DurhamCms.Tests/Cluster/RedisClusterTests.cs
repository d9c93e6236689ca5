using System.Net;
using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.Redis;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.OpenData;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.Cluster;

/// <summary>
/// Two nodes on one PostgreSQL database sharing a Redis of the test's own: the page cache in
/// Redis, the bus's fast path, and what happens while Redis is down and after it returns.
/// </summary>
[Trait(Category.Name, Category.Redis)]
[Trait(Category.Name, Category.PostgreSql)]
[Trait(Category.Name, Category.Slow)]
public sealed class RedisClusterTests(ITestOutputHelper output)
{
    private const string PlanJson = "/api/plan.json";

    private static readonly TimeSpan FreshnessBound = TimeSpan.FromSeconds(ClusterFreshness.BoundSeconds);

    [RedisFact]
    public async Task Pages_are_shared_in_Redis_fresh_on_the_other_node_served_while_it_is_down_and_never_stale_after_it_returns()
    {
        using var redis = new RedisServer();
        await redis.StartAsync();
        await using var cluster = new SharedDatabase();
        var (a, b) = TwoNodesSharing(cluster, redis);
        var initiative = await a.InitiativeAsync("3.61", "Redis cached initiative");
        var onB = b.CreateClient();
        var onA = a.CreateClient();

        // Publish on A, visible on B: B's page is in Redis, which A's eviction reaches directly.
        var took = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            Assert.Contains("Redis cached initiative", await onB.GetStringAsync(new Uri(PlanJson, UriKind.Relative)), StringComparison.Ordinal);
            await PublishDescriptionAsync(a, initiative.ContentItemId, $"Redis marker {i}");
            took.Add((await VisibleAsync(onB, $"Redis marker {i}", "node B serving a publish from A (Redis up)")).TotalSeconds);
        }

        took.Sort();
        Figure($"publish on A to visible on B, Redis up, {took.Count} publishes (s): median {took[took.Count / 2]:F3}, max {took[^1]:F3}");
        Assert.InRange(took[^1], 0, FreshnessBound.TotalSeconds);
        Assert.True(await redis.CommandAsync("DBSIZE") is var size && size != ":0", "the pages are cached in Redis: " + size);

        // B caches the page in Redis, then Redis stops, saving it: the copy that could come back stale.
        Assert.Contains("Redis marker 7", await onB.GetStringAsync(new Uri(PlanJson, UriKind.Relative)), StringComparison.Ordinal);
        await redis.StopAsync();
        await Polling.EventuallyAsync(async () => (await ReadyAsync(onB)).Contains("degraded", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "node B saying it is degraded");
        using (var ready = await onB.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        // Down: B caches in its memory, and A's publish reaches it through PostgreSQL.
        using (var page = await onB.GetAsync(new Uri(PlanJson, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Redis marker 7", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await PublishDescriptionAsync(a, initiative.ContentItemId, "While Redis was down");
        var down = await VisibleAsync(onB, "While Redis was down", "node B serving a publish from A (Redis down)");
        Figure($"publish on A to visible on B, Redis down (s): {down.TotalSeconds:F3}");

        // Back, with the page it saved: neither node serves it.
        await redis.StartAsync();
        await Polling.EventuallyAsync(async () => await ReadyAsync(onB) == "Ready" && await ReadyAsync(onA) == "Ready", TimeSpan.FromSeconds(15), "both nodes ready and no longer degraded");
        foreach (var client in new[] { onA, onB })
        {
            using var page = await client.GetAsync(new Uri(PlanJson, UriKind.Relative));
            var body = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("While Redis was down", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Redis marker 7", body, StringComparison.Ordinal);
        }
    }

    [RedisFact]
    public async Task A_signal_comes_through_Redis_and_is_handled_once_though_PostgreSQL_brings_it_too()
    {
        using var redis = new RedisServer();
        await redis.StartAsync();
        await using var cluster = new SharedDatabase();
        var (a, b) = TwoNodesSharing(cluster, redis);
        a.CreateClient().Dispose();
        b.CreateClient().Dispose();
        var busOnB = b.Services.GetRequiredService<IClusterBus>();
        Assert.IsType<RedisClusterBus>(busOnB);
        var heard = new List<string>();
        var fence = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fromRedisOnly = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = busOnB.Subscribe("test", payload =>
        {
            lock (heard)
            {
                heard.Add(payload);
            }

            if (payload == "fence")
            {
                fence.TrySetResult();
            }

            if (payload == "redis only")
            {
                fromRedisOnly.TrySetResult();
            }

            return Task.CompletedTask;
        });

        // Only on Redis (no row in PostgreSQL): it arrives, so B listens there.
        await Polling.EventuallyAsync(async () => await redis.CommandAsync("PUBLISH", "test:cluster", "elsewhere\nredis-only-id\ntest\nredis only") != ":0", TimeSpan.FromSeconds(10), "node B subscribed on Redis");
        await fromRedisOnly.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var busOnA = a.Services.GetRequiredService<IClusterBus>();
        for (var i = 0; i < 5; i++)
        {
            await busOnA.PublishAsync("test", $"signal {i}");
        }

        // A bare row after them: when B's PostgreSQL read reaches it, it has read theirs too.
        await using (var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand("""INSERT INTO "ClusterSignals" ("Channel", "Payload", "Origin", "CreatedUtc") VALUES ('test', 'fence', 'elsewhere', now())""", connection);
            await insert.ExecuteNonQueryAsync();
        }

        await fence.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (heard)
        {
            // Each once, in whatever order the two ways brought them.
            Assert.Equal(["fence", "redis only", "signal 0", "signal 1", "signal 2", "signal 3", "signal 4"], heard.Order(StringComparer.Ordinal));
        }
    }

    private static Task PublishDescriptionAsync(TestSite site, string id, string marker) => site.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<IContentManager>();
        var draft = (await contents.GetAsync(id, VersionOptions.DraftRequired))!;
        draft.GetOrCreatePartJson(Initiative.Type)[Initiative.Description] = new System.Text.Json.Nodes.JsonObject { ["Html"] = $"<p>{marker}</p>" };
        Assert.True((await contents.UpdateAsync(draft)).Succeeded);
        await contents.PublishAsync(draft);
    });

    private static Task<TimeSpan> VisibleAsync(HttpClient client, string marker, string what) => Polling.EventuallyAsync(
        async () =>
        {
            using var page = await client.GetAsync(new Uri(PlanJson, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            return (await page.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal);
        },
        TimeSpan.FromSeconds(10),
        what);

    private static async Task<string> ReadyAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return await ready.Content.ReadAsStringAsync();
    }

    private void Figure(string line)
    {
        output.WriteLine(line);
        File.AppendAllLines(Path.Combine(Path.GetTempPath(), "durhamcms-redis-figures.txt"), [line]);
    }

    /// <summary>Two nodes on one database, both using the test's Redis.</summary>
    private static (TestSite A, TestSite B) TwoNodesSharing(SharedDatabase cluster, RedisServer redis)
    {
        var settings = new Dictionary<string, string?> { ["DurhamCms:Redis:Configuration"] = redis.Configuration, ["DurhamCms:Redis:InstanceName"] = "test:" };
        return (cluster.AddNode("a", settings), cluster.AddNode("b", settings));
    }
}
