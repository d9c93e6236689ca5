using DurhamCms.Data;
using DurhamCms.Hosting;
using DurhamCms.Search.Models;
using DurhamCms.Search.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// A node whose search index trails the task log by more than <see cref="SearchOptions.ReadyMaxLag"/>
/// would answer residents' searches with old results: not ready until it catches up. Nor while it
/// warms its search after the start (<see cref="SearchWarmer"/>, a few seconds): a node taken into
/// the pool then would give its first residents searches at several times the steady p95.
/// </summary>
public sealed class SearchReadinessCheck(SearchNodeState state, DurhamDbContext db, IOptions<SearchOptions> options, TimeProvider clock, SearchWarmer warmer) : IReadinessCheck
{
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        var maxLag = options.Value.ReadyMaxLag;
        var now = clock.GetUtcNow().UtcDateTime;
        if (state.LastPassUtc is not { } lastPass)
        {
            return "the search index has not caught up with the task log since start";
        }

        if (options.Value.WarmUpSearches > 0 && !warmer.Done)
        {
            return "the search is warming up after the start (DurhamCms:Search:WarmUpSearches)";
        }

        var oldest = await db.Set<IndexingTask>().AsNoTracking().Where(t => t.Id > state.AppliedTaskId)
            .OrderBy(t => t.Id).Select(t => (DateTime?)t.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        if (oldest is { } o && now - o > maxLag)
        {
            return $"the search index is {(now - o).TotalSeconds:0} s behind the task log (DurhamCms:Search:ReadyMaxLag is {maxLag.TotalSeconds:0} s)";
        }

        return now - lastPass > maxLag && oldest is not null
            ? $"the search indexer has not finished a pass for {(now - lastPass).TotalSeconds:0} s"
            : null;
    }
}
