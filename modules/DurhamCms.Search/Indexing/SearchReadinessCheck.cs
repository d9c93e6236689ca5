using DurhamCms.Data;
using DurhamCms.Hosting;
using DurhamCms.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// A node whose search index trails the task log by more than <see cref="SearchOptions.ReadyMaxLag"/>
/// would answer residents' searches with old results: not ready until it catches up.
/// </summary>
internal sealed class SearchReadinessCheck(SearchNodeState state, DurhamDbContext db, IOptions<SearchOptions> options, TimeProvider clock) : IReadinessCheck
{
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        var maxLag = options.Value.ReadyMaxLag;
        var now = clock.GetUtcNow().UtcDateTime;
        if (state.LastPassUtc is not { } lastPass)
        {
            return "the search index has not caught up with the task log since start";
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
