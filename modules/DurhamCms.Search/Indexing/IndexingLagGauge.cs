using DurhamCms.Diagnostics;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// How far behind this node's search indexes are, in seconds: the age of the oldest indexing task
/// it has not applied yet, as last written to its ClusterNodes row. Each node reports its own.
/// </summary>
internal sealed class IndexingLagGauge(SearchNodeState state) : IMetricGauge
{
    public string Name => "durhamcms.search.indexing_lag";
    public string Unit => "s";
    public string Description => "Age of the oldest indexing task this node has not applied yet.";

    public Task<double> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(state.LagSeconds);
}
