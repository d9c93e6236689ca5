using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Setup;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Cluster;

public sealed class SetupRaceTests
{
    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    public async Task Three_nodes_starting_at_once_on_an_empty_database_set_it_up_once_and_all_answer()
    {
        await using var cluster = new SharedDatabase();
        var nodes = new[] { cluster.AddNode("a"), cluster.AddNode("b"), cluster.AddNode("c") };

        // Each host starts (migrates, sets up) on its first client; all three at once.
        var clients = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.CreateClient())));
        var health = await Task.WhenAll(clients.Select(c => c.GetStringAsync(new Uri("/health", UriKind.Relative))));

        Assert.All(health, h => Assert.Equal("Healthy", h));
        var (priorities, admins, states) = await nodes[0].InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            return (
                await db.Database.SqlQueryRaw<long>(ClusterProcessTests.EnglishPriorities.Replace("COUNT(*)", "COUNT(*) AS \"Value\"", StringComparison.Ordinal)).SingleAsync(),
                await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM \"AspNetUsers\"").SingleAsync(),
                await db.Documents.CountAsync(d => d.Key == SiteState.DocumentKey));
        });
        Assert.Equal(5L, priorities);
        Assert.Equal(1, admins);
        Assert.Equal(1, states);
    }
}
