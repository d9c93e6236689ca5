namespace DurhamCms.Cluster;

/// <summary>
/// Tells the other nodes of the site that something changed (a page to evict, work to wake up
/// for). A signal is a hint, never the data: a node that misses one still finds the work by its
/// own poll, so a handler must be idempotent and cheap.
/// </summary>
public interface IClusterBus
{
    /// <summary>
    /// Sends <paramref name="payload"/> on <paramref name="channel"/> to every other node (this
    /// node has acted already). Never throws for a missing bus: the change has committed.
    /// </summary>
    Task PublishAsync(string channel, string payload = "", CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="handler"/> with each payload another node sends on <paramref name="channel"/>.</summary>
    IDisposable Subscribe(string channel, Func<string, Task> handler);

    /// <summary>False while this node cannot hear the other nodes (its readiness says so).</summary>
    bool IsConnected { get; }
}

/// <summary>The channels the kernel and its modules signal on.</summary>
public static class ClusterChannels
{
    /// <summary>Payload: the page-cache tags to evict, one per line.</summary>
    public const string PageCache = "page-cache";

    public const string Scheduler = "scheduler";

    public const string Outbox = "outbox";

    public const string Search = "search";

    /// <summary>Payload: the tags of published reads to evict, one per line, or "*" for all (<see cref="Caching.PublishedReadsEviction"/>).</summary>
    public const string PublishedReads = "published-reads";
}
