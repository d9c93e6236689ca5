using DurhamCms.Tests.Infrastructure;
using Npgsql;

namespace DurhamCms.Tests.Cluster;

/// <summary>
/// Several hosts ("nodes") on one fresh PostgreSQL database, each with its own data folder, as a
/// cluster runs. The database is dropped with the last host.
/// </summary>
public sealed class SharedDatabase : IAsyncDisposable
{
    private readonly List<TestSite> _nodes = [];

    public string Name { get; } = "durham_cluster_" + Guid.NewGuid().ToString("n")[..16];

    public string ConnectionString => TestSite.PostgresConnectionString(Name);

    public IReadOnlyList<TestSite> Nodes => _nodes;

    public TestSite AddNode(string nodeName, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["DurhamCms:Database:ConnectionString"] = ConnectionString,
            ["DurhamCms:Search:NodeName"] = nodeName,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var node = new TestSite(new TestSiteOptions { Provider = TestSite.PostgreSql, Settings = all });
        _nodes.Add(node);
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
