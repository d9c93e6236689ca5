using DurhamCms.Cluster;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// How far this node's indexes have come: kept in memory for the node's readiness, and written
/// to its ClusterNodes row (at most every few seconds, at once on an error) so that the search
/// admin page on any node shows every node.
/// </summary>
public sealed class SearchNodeState(IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchNodeState> logger)
{
    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(5);

    private DateTime _written = DateTime.MinValue;
    private string? _writtenError;

    public string NodeName { get; } = options.Value.NodeName is { Length: > 0 } name ? name : Environment.MachineName;

    /// <summary>When this node last finished a pass over every index; null until its first.</summary>
    public DateTime? LastPassUtc { get; private set; }

    /// <summary>The lowest task id every index has applied (long.MaxValue with no index).</summary>
    public long AppliedTaskId { get; private set; }

    /// <summary>The lag last written to this node's ClusterNodes row, in seconds (a metric reads it).</summary>
    public double LagSeconds { get; private set; }

    public async Task RecordAsync(DurhamDbContext db, long appliedTaskId, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _written >= WriteEvery || error != _writtenError)
        {
            await WriteAsync(db, now, appliedTaskId, error, ct);
        }

        // After the row: a node that says it is ready has reported itself.
        if (error is null)
        {
            LastPassUtc = now;
            AppliedTaskId = appliedTaskId;
        }
    }

    private async Task WriteAsync(DurhamDbContext db, DateTime now, long appliedTaskId, string? error, CancellationToken ct)
    {
        try
        {
            var oldest = await db.Set<Models.IndexingTask>().AsNoTracking().Where(t => t.Id > appliedTaskId)
                .OrderBy(t => t.Id).Select(t => (DateTime?)t.CreatedUtc).FirstOrDefaultAsync(ct);
            var row = await db.ClusterNodes.FindAsync([NodeName], ct);
            if (row is null)
            {
                row = new ClusterNodeRecord { NodeName = NodeName };
                db.ClusterNodes.Add(row);
            }

            row.SeenUtc = now;
            row.SearchTaskId = appliedTaskId == long.MaxValue ? 0 : appliedTaskId;
            row.SearchLagSeconds = oldest is { } o ? Math.Max(0, (now - o).TotalSeconds) : 0;
            row.SearchError = error;
            await db.SaveChangesAsync(ct);
            _written = now;
            LagSeconds = row.SearchLagSeconds;
            _writtenError = error;
        }
        catch (DbUpdateException e)
        {
            // Two processes named alike inserting at once, or the database away: next pass writes again.
            db.ChangeTracker.Clear();
            logger.LogDebug(e, "Could not write search state of node {Node}", NodeName);
        }
    }
}
