using System.Collections.Concurrent;
using System.Text.Json;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Cluster;

public sealed class ClusterJsonLogTests
{
    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task Every_JSON_log_line_names_the_node_from_the_host_its_background_work_and_its_requests()
    {
        var folder = Path.Combine(Path.GetTempPath(), "durhamcms-jsonlog", Guid.NewGuid().ToString("n"));
        var lines = new ConcurrentQueue<string>();
        using var node = new ClusterNode("json-node-7", folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DurhamCms__Logging__Json"] = "true",
            ["DurhamCms__Setup__AdminPassword"] = TestSite.AdminPassword,
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
        }, lines.Enqueue);
        try
        {
            node.Start();
            using var client = new HttpClient { BaseAddress = node.Address };
            await Polling.EventuallyAsync(async () =>
            {
                try
                {
                    using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                    return live.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(120), "the node answering /health/live");
            await Polling.EventuallyAsync(() => Task.FromResult(lines.Any(l => l.Contains("/health/live", StringComparison.Ordinal))), TimeSpan.FromSeconds(10), "the request logged");
        }
        finally
        {
            node.Kill();
        }

        var entries = lines.Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Contains(entries, e => e.RootElement.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime");
        Assert.Contains(entries, e => e.RootElement.GetProperty("Category").GetString()!.StartsWith("DurhamCms", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.RootElement.GetProperty("Category").GetString()!.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Contains(
            e.RootElement.GetProperty("Scopes").EnumerateArray(),
            scope => scope.TryGetProperty("NodeName", out var name) && name.GetString() == "json-node-7"));
        TempFolder.TryDelete(folder);
    }
}
