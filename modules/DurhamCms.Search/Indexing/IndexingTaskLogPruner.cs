using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// Deletes the indexing tasks every live node has applied, keeping a safety margin. A node counts
/// as live when it wrote its ClusterNodes row within the margin; only tasks older than the margin
/// go. The horizon is written (to the shared document) before the rows are deleted, so a node that
/// was away longer than the margin always finds its cursor below the horizon and rebuilds rather
/// than reading a log with holes in it. Any node may prune: two doing it at once delete the same
/// rows, and the horizon only moves forward (a conflicting save skips the round).
/// </summary>
public sealed class IndexingTaskLogPruner(IOptions<SearchOptions> options, TimeProvider clock, ILogger<IndexingTaskLogPruner> logger)
{
    private readonly SearchOptions _options = options.Value;
    private DateTime _lastRun = DateTime.MinValue;

    /// <summary>The margin: never shorter than the time a missing task id is waited for.</summary>
    public TimeSpan Retention => _options.TaskLogRetention > _options.GapGracePeriod ? _options.TaskLogRetention : _options.GapGracePeriod;

    public static async Task<long> HorizonAsync(IDocumentStore documents) =>
        (await documents.FindAsync<IndexingTaskLogDocument>(IndexingTaskLogDocument.DocumentKey))?.PrunedThroughId ?? 0;

    /// <summary>Prunes at most once per <see cref="SearchOptions.TaskLogPruneInterval"/>; returns the tasks deleted.</summary>
    public async Task<int> PruneIfDueAsync(DurhamDbContext db, IDocumentStore documents, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _lastRun < _options.TaskLogPruneInterval)
        {
            return 0;
        }

        _lastRun = now;
        var liveSince = now - Retention;
        var cursors = await db.ClusterNodes.AsNoTracking().Where(n => n.SeenUtc >= liveSince).Select(n => n.SearchTaskId).ToListAsync(ct);
        if (cursors.Count == 0)
        {
            return 0;
        }

        var everyNodeApplied = cursors.Min();
        var through = await db.Set<IndexingTask>().AsNoTracking()
            .Where(t => t.Id <= everyNodeApplied && t.CreatedUtc < liveSince)
            .MaxAsync(t => (long?)t.Id, ct);
        if (through is not { } last)
        {
            return 0;
        }

        var log = await documents.GetAsync<IndexingTaskLogDocument>(IndexingTaskLogDocument.DocumentKey);
        if (last > log.PrunedThroughId)
        {
            log.PrunedThroughId = last;
            log.PrunedUtc = now;
            try
            {
                await documents.SaveAsync(IndexingTaskLogDocument.DocumentKey, log);
            }
            catch (DocumentConflictException)
            {
                // Another node moved the horizon just now; it prunes this round.
                return 0;
            }
        }

        var deleted = await db.Set<IndexingTask>().Where(t => t.Id <= log.PrunedThroughId).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            logger.LogInformation("Indexing task log pruned through task {TaskId}: {Count} tasks every live node had applied", log.PrunedThroughId, deleted);
        }

        return deleted;
    }
}
