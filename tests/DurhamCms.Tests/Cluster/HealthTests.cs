using System.Net;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Cluster;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_and_ready_answers_once_the_search_index_has_caught_up_and_the_node_reported_it()
    {
        await using var site = new TestSite(new TestSiteOptions { Settings = new Dictionary<string, string?> { ["DurhamCms:Search:NodeName"] = "node-under-test" } });
        var client = site.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        await Polling.EventuallyAsync(async () =>
        {
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return ready.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), "/health/ready answering 200");
        var node = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().ClusterNodes.SingleAsync());

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("node-under-test", node.NodeName);
        Assert.Null(node.SearchError);
    }
}
