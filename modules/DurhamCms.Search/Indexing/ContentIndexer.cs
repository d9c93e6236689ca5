using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Search.Models;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// Keeps this node's indexes in step with the database: builds an index that is missing, and
/// applies the task log from each index's cursor, in id order. Woken by the request that made a
/// change (after its commit) and by the background loop (for changes made on other nodes). One
/// pass at a time; a task only names an item, whose current state is read again from the
/// database, so applying a task twice or late is harmless.
/// </summary>
public sealed class ContentIndexer(
    IServiceScopeFactory scopes, LuceneIndexes indexes, SearchNodeState nodeState, IndexingTaskLogPruner pruner, IOptions<SearchOptions> options, TimeProvider clock, ILogger<ContentIndexer> logger)
    : IDisposable
{
    // Ids below the log's end that a rebuild asks for again, in case their transactions were still open.
    private const int RebuildGapWindow = 100;

    // An identity that jumps further than this (a sequence cache lost in a crash) is a jump, not gaps to wait for.
    private const int MaxGapRun = 1000;

    // Changes are searchable as soon as they are applied; this bounds how much is replayed after a crash.
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _errors = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly SearchOptions _options = options.Value;

    /// <summary>Cheap and safe from any thread: the next pass starts at once instead of at the next poll.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one pass reads everything committed so far.
        }
    }

    public void Dispose()
    {
        _wake.Dispose();
        _pass.Dispose();
    }

    /// <summary>Waits for <see cref="Wake"/> or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(CancellationToken ct) => _wake.WaitAsync(_options.PollInterval, ct);

    /// <summary>One pass over every Lucene content profile: rebuild, reset or catch up as each needs.</summary>
    public async Task SyncAsync(CancellationToken ct)
    {
        await _pass.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var documents = services.GetRequiredService<IDocumentStore>();
            var profiles = (await documents.GetAsync<IndexProfilesDocument>(IndexProfilesDocument.DocumentKey)).Profiles
                .Where(p => string.Equals(p.ProviderName, IndexProfile.LuceneProvider, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(p.Type, IndexProfile.ContentType, StringComparison.OrdinalIgnoreCase))
                .ToList();
            indexes.Retain(profiles.Select(p => p.Name));
            var db = services.GetRequiredService<DurhamDbContext>();
            var composer = services.GetRequiredService<SearchDocumentComposer>();
            var applied = long.MaxValue;
            var horizon = await IndexingTaskLogPruner.HorizonAsync(documents);
            foreach (var profile in profiles)
            {
                var index = indexes.Open(profile);
                try
                {
                    // A reset replays the log from its start, which is no longer whole once pruned: a rebuild is the same and complete.
                    var replaysLog = index.Cursor.ResetToken != profile.ResetToken;
                    if (index.NeedsRebuild || index.Cursor.RebuildToken != profile.RebuildToken || index.Cursor.Layout != composer.Layout
                        || index.Cursor.LastTaskId < horizon || (replaysLog && horizon > 0))
                    {
                        await RebuildAsync(db, composer, profile, index, horizon, ct);
                    }
                    else if (replaysLog)
                    {
                        index.Publish(index.Cursor with { LastTaskId = 0, Gaps = new Dictionary<long, DateTime>(), ResetToken = profile.ResetToken });
                    }

                    while (await CatchUpAsync(db, composer, profile, index, ct))
                    {
                        ct.ThrowIfCancellationRequested();
                    }

                    index.CommitIfDue(CommitInterval);
                    applied = Math.Min(applied, index.Cursor.LastTaskId);

                    _errors.TryRemove(profile.Name, out _);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _errors[profile.Name] = $"{clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC: {ex.Message}";
                    // Whatever was written but not committed is dropped; the next pass starts again from the cursor.
                    index.Writer.Rollback();
                    indexes.Retain(profiles.Where(p => p != profile).Select(p => p.Name));
                    logger.LogError(ex, "Indexing of search profile {Profile} failed; it will be retried", profile.Name);
                    await nodeState.RecordAsync(db, nodeState.AppliedTaskId, $"{profile.Name}: {ex.Message}", ct);
                    throw;
                }
            }

            await nodeState.RecordAsync(db, applied, null, ct);
            await pruner.PruneIfDueAsync(db, documents, ct);
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>The last failure of each profile's indexing on this node, until a pass succeeds (for the admin page).</summary>
    public string? LastError(string profileName) => _errors.GetValueOrDefault(profileName);

    /// <summary>Tasks not yet applied to a profile's index on this node (for the admin page).</summary>
    public async Task<int> PendingAsync(DurhamDbContext db, LuceneProfileIndex index, CancellationToken ct)
    {
        var cursor = index.Cursor.LastTaskId;
        return await db.Set<IndexingTask>().CountAsync(t => t.Id > cursor, ct);
    }

    /// <summary>Reads one batch of tasks after the cursor (and any gaps that filled), applies them, commits. True when more may follow.</summary>
    private async Task<bool> CatchUpAsync(DurhamDbContext db, SearchDocumentComposer composer, IndexProfile profile, LuceneProfileIndex index, CancellationToken ct)
    {
        var cursor = index.Cursor;
        var tasks = db.Set<IndexingTask>().AsNoTracking();
        var batch = await tasks.Where(t => t.Id > cursor.LastTaskId).OrderBy(t => t.Id).Take(_options.BatchSize).ToListAsync(ct);
        var gapIds = cursor.Gaps.Keys.ToList();
        var filled = gapIds.Count == 0 ? [] : await tasks.Where(t => gapIds.Contains(t.Id)).ToListAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var gaps = cursor.Gaps
            .Where(g => filled.All(f => f.Id != g.Key) && now - g.Value < _options.GapGracePeriod)
            .ToDictionary(g => g.Key, g => g.Value);
        var expected = cursor.LastTaskId + 1;
        foreach (var task in batch)
        {
            if (task.Id - expected <= MaxGapRun)
            {
                for (var id = expected; id < task.Id; id++)
                {
                    gaps[id] = now;
                }
            }

            expected = task.Id + 1;
        }

        if (batch.Count == 0 && filled.Count == 0 && gaps.Count == cursor.Gaps.Count)
        {
            return false;
        }

        await ApplyAsync(db, composer, profile, index, batch.Concat(filled).ToList(), ct);
        index.Publish(cursor with { LastTaskId = batch.Count > 0 ? batch[^1].Id : cursor.LastTaskId, Gaps = gaps, IndexedUtc = now });
        return batch.Count == _options.BatchSize;
    }

    /// <summary>Writes each named item's current state (or its absence) to the index, with the items whose documents repeat something of it.</summary>
    private static async Task ApplyAsync(DurhamDbContext db, SearchDocumentComposer composer, IndexProfile profile, LuceneProfileIndex index, IReadOnlyCollection<IndexingTask> tasks, CancellationToken ct)
    {
        var idList = (await composer.ItemsToWriteAsync(tasks, ct)).ToList();
        var latest = profile.IndexLatest;
        var items = (await db.ContentItems.AsNoTracking()
                .Where(r => idList.Contains(r.ContentItemId) && (latest ? r.Latest : r.Published))
                .Select(r => r.Content).ToListAsync(ct))
            .Select(ContentItem.FromJson)
            .Where(i => profile.Indexes(i.ContentType))
            .DistinctBy(i => i.ContentItemId)
            .ToList();
        foreach (var document in await composer.BuildAsync(items, latest, ct))
        {
            index.Writer.UpdateDocument(new Term(SearchFields.ContentItemId, document.Get(SearchFields.ContentItemId)), document, SearchAnalyzers.ForLanguage(document.Get(SearchFields.Language), index.Analyzer));
        }

        foreach (var gone in idList.Except(items.Select(i => i.ContentItemId)))
        {
            index.Writer.DeleteDocuments(new Term(SearchFields.ContentItemId, gone));
        }
    }

    /// <summary>
    /// Builds the index again from the database. Searches keep the last committed snapshot until
    /// the one commit at the end, so residents see the old index (or, when it was missing, none)
    /// while this runs, never a half-built one.
    /// </summary>
    private async Task RebuildAsync(DurhamDbContext db, SearchDocumentComposer composer, IndexProfile profile, LuceneProfileIndex index, long horizon, CancellationToken ct)
    {
        index.Rebuilding = true;
        try
        {
            var started = clock.GetTimestamp();

            // The cursor starts at the log's end as it is now: changes committed while we read are
            // in the log after it, and ids just below it whose transactions are still open are
            // waited for as gaps. Applying a change the rebuild already saw is harmless.
            // A log pruned empty still starts the cursor at the horizon, or the next pass would rebuild again.
            var end = Math.Max(await db.Set<IndexingTask>().MaxAsync(t => (long?)t.Id, ct) ?? 0, horizon);
            var seen = await db.Set<IndexingTask>().Where(t => t.Id > end - RebuildGapWindow).Select(t => t.Id).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var gaps = Enumerable.Range(0, RebuildGapWindow).Select(i => end - i).Where(id => id > 0 && !seen.Contains(id)).ToDictionary(id => id, _ => now);

            index.Writer.DeleteAll();
            var types = profile.Properties.ContentIndexMetadata.IndexedContentTypes;
            var latest = profile.IndexLatest;
            long last = 0;
            var count = 0;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var rows = await db.ContentItems.AsNoTracking()
                    .Where(r => r.Id > last && (latest ? r.Latest : r.Published) && types.Contains(r.ContentType))
                    .OrderBy(r => r.Id).Take(_options.BatchSize)
                    .Select(r => new { r.Id, r.Content }).ToListAsync(ct);
                if (rows.Count == 0)
                {
                    break;
                }

                last = rows[^1].Id;
                var items = rows.Select(r => ContentItem.FromJson(r.Content)).ToList();
                foreach (var document in await composer.BuildAsync(items, latest, ct))
                {
                    index.Writer.AddDocument(document, SearchAnalyzers.ForLanguage(document.Get(SearchFields.Language), index.Analyzer));
                    count++;
                }
            }

            index.Publish(new IndexingCursor
            {
                LastTaskId = end,
                Gaps = gaps,
                RebuildToken = profile.RebuildToken,
                ResetToken = profile.ResetToken,
                Layout = composer.Layout,
                IndexedUtc = clock.GetUtcNow().UtcDateTime,
            });
            index.CommitIfDue(TimeSpan.Zero, force: true);
            index.NeedsRebuild = false;
            logger.LogInformation("Search profile {Profile} rebuilt: {Count} documents in {Elapsed} ms", profile.Name, count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            index.Rebuilding = false;
        }
    }
}
