using System.Text.Json;
using DurhamCms.Caching;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Documents;

/// <summary>
/// Documents (settings, definitions, roles) by key. A save of a document this unit of work has
/// read checks that nobody saved it since (another admin, on this node or another): the stale
/// save is refused with <see cref="DocumentConflictException"/> instead of overwriting theirs.
/// </summary>
internal sealed class DocumentStore(DurhamDbContext db, PublishedReads reads, PublishedReadsEviction eviction) : IDocumentStore
{
    /// <summary>The version of each document as this unit of work read it (0: read, did not exist).</summary>
    private readonly Dictionary<string, long> _read = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key) where T : class, new() => await FindAsync<T>(key) ?? new T();

    /// <summary>
    /// The stored text of each document as this unit of work first read it. A page asks for the site
    /// settings a dozen times (cultures, time zone, theme); one query serves them all, and the page
    /// is drawn from one version of them. A save, or a conflict, forgets it, so the next read is fresh.
    /// </summary>
    private readonly Dictionary<string, string?> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The same inside a transaction, kept only while that very transaction is open: what it read
    /// may yet be rolled back, so the next transaction (or none) starts afresh. A recipe importing
    /// 10,000 items in one transaction asked for the site settings three times per item before.
    /// </summary>
    private readonly Dictionary<string, string?> _seenInTransaction = new(StringComparer.Ordinal);
    private object? _seenTransaction;

    public async Task<T?> FindAsync<T>(string key) where T : class => Parse<T>(await FindTextAsync(key));

    /// <summary>
    /// The document's stored text, or null: the same string instance for as long as this unit of work
    /// remembers the read, so a reader that parses it once may keep the parse (<see cref="SiteSettings"/>).
    /// </summary>
    internal async Task<string?> FindTextAsync(string key)
    {
        var seen = Seen();
        if (!seen.TryGetValue(key, out var content))
        {
            var row = await reads.GetAsync(CacheKey(key), [PublishedReadCache.ForDocument(key)], () =>
                db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => new Row(d.Content, d.Version)).FirstOrDefaultAsync(), SizeOf);
            content = Remember(seen, key, row?.Content, row?.Version);
        }

        return content;
    }

    /// <summary>
    /// <see cref="FindAsync{T}"/> with EF's synchronous query, for callers that cannot await (index
    /// providers map rows synchronously); it shares the same remembered reads.
    /// </summary>
    public T? Find<T>(string key) where T : class
    {
        var seen = Seen();
        if (!seen.TryGetValue(key, out var content))
        {
            // Its callers map writes (index providers), which never use kept reads.
            var row = db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => new Row(d.Content, d.Version)).FirstOrDefault();
            content = Remember(seen, key, row?.Content, row?.Version);
        }

        return Parse<T>(content);
    }

    /// <summary>A document as stored: kept whole across anonymous requests, so a save's conflict check still knows its version.</summary>
    private sealed record Row(string Content, long Version);

    private static string CacheKey(string key) => "document:" + key;

    private static long SizeOf(Row? row) => PublishedReads.SizeOf(row?.Content);

    /// <summary>The remembered reads that hold now: outside a transaction, or of the transaction now open.</summary>
    private Dictionary<string, string?> Seen()
    {
        if (db.Database.CurrentTransaction is not { } transaction)
        {
            return _seen;
        }

        if (!ReferenceEquals(transaction, _seenTransaction))
        {
            _seenInTransaction.Clear();
            _seenTransaction = transaction;
        }

        return _seenInTransaction;
    }

    private string? Remember(Dictionary<string, string?> seen, string key, string? content, long? version)
    {
        _read[key] = version ?? 0;
        seen[key] = content;
        return content;
    }

    private static T? Parse<T>(string? content) where T : class
    {
        if (content is null)
        {
            return null;
        }

        // A new object at every read: callers change what they read before saving it.
        // A JsonObject document keeps Orchard's case-insensitive lookups, as recipes write names in any case.
        return typeof(T) == typeof(System.Text.Json.Nodes.JsonObject)
            ? ContentJson.ParseObject(content) as T
            : JsonSerializer.Deserialize<T>(content, ContentJson.Options);
    }

    public async Task SaveAsync<T>(string key, T document) where T : class
    {
        var json = JsonSerializer.Serialize(document, ContentJson.Options);
        _seen.Remove(key);
        _seenInTransaction.Remove(key);
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Key == key);
        var version = NewVersion();
        if (record is null)
        {
            if (_read.TryGetValue(key, out var readVersion) && readVersion != 0)
            {
                throw new DocumentConflictException(key, null);
            }

            db.Documents.Add(new DocumentRecord { Key = key, Content = json, Version = version });
        }
        else
        {
            if (_read.TryGetValue(key, out var readVersion))
            {
                if (record.Version != readVersion)
                {
                    throw new DocumentConflictException(key, null);
                }

                // The version is a concurrency token: a save committed between this read and the
                // update makes the update match no row.
                db.Entry(record).Property(r => r.Version).OriginalValue = readVersion;
            }

            record.Content = json;
            record.Version = version;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || record is null && _read.ContainsKey(key))
        {
            // Reload rather than keep the stale row: the caller may read the current one and retry.
            foreach (var entry in e.Entries)
            {
                entry.State = EntityState.Detached;
            }

            throw new DocumentConflictException(key, e);
        }

        _read[key] = version;

        // After the commit when in a transaction, at once when not: no node keeps reading the old text.
        await db.AfterCommitAsync(() => eviction.EvictAsync([PublishedReadCache.ForDocument(key)]));
    }

    // Random rather than incremented: a version number reused after a rolled-back write would
    // let another node's cache serve content that never committed.
    private static long NewVersion() => Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>The document's version, for caches that must notice changes made by other nodes.</summary>
    public Task<long> GetVersionAsync(string key) =>
        reads.GetAsync("document-version:" + key, [PublishedReadCache.ForDocument(key)], () =>
            db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => d.Version).FirstOrDefaultAsync(), _ => 64);
}
