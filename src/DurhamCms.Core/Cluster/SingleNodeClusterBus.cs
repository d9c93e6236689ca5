namespace DurhamCms.Cluster;

/// <summary>
/// A SQLite site is one node: there is nobody else to tell, and nothing to install. (A CLI
/// import on a running SQLite site leaves the server's cached pages until they expire.)
/// </summary>
internal sealed class SingleNodeClusterBus : IClusterBus
{
    public bool IsConnected => true;

    public Task PublishAsync(string channel, string payload = "", CancellationToken cancellationToken = default) => Task.CompletedTask;

    public IDisposable Subscribe(string channel, Func<string, Task> handler) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
