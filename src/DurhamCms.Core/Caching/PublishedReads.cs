using DurhamCms.Cluster;
using DurhamCms.Data;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Caching;

/// <summary>
/// Reads of published content through <see cref="PublishedReadCache"/>, for the requests whose
/// answer every resident shares: those the page cache may serve (an anonymous GET or HEAD with no
/// credentials, <see cref="PageCachePolicy.IsAnonymousRead"/>), outside any transaction. Anything
/// else (a signed-in editor, a form post, a background job, an import, a node that cannot hear the
/// others) reads the database as before, so what those see is never older than the last commit.
/// </summary>
/// <remarks>
/// A value kept here is handed to every later request: keep strings, numbers and lists of them,
/// never an object a caller may change (a content item is kept as its stored text and made anew).
/// </remarks>
public sealed class PublishedReads(PublishedReadCache cache, DurhamDbContext db, IClusterBus bus, IHttpContextAccessor? http = null)
{
    /// <summary>Whether this read may be served from, and kept in, the cache.</summary>
    public bool Enabled
    {
        get
        {
            if (!cache.Enabled
                || http?.HttpContext is not { } context
                || !PageCachePolicy.IsAnonymousRead(context)
                || db.TransactionSeen
                || db.HasDeferredWrites)
            {
                return false;
            }

            if (!bus.IsConnected)
            {
                // Changes made elsewhere may be passing unheard: keep nothing until the bus is back.
                cache.InvalidateAll();
                return false;
            }

            return true;
        }
    }

    /// <summary>
    /// The value under <paramref name="key"/>, read with <paramref name="read"/> when not kept, and
    /// kept until a change to one of <paramref name="tags"/> commits (or the page cache's expiry).
    /// <paramref name="size"/> estimates its bytes against the node's budget.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, IReadOnlyList<string> tags, Func<Task<T>> read, Func<T, long> size)
    {
        if (!Enabled)
        {
            return await read();
        }

        if (cache.TryGet<T>(key, out var kept))
        {
            return kept;
        }

        var stamp = cache.Take(tags);
        var value = await read();
        cache.Set(key, value, stamp, size(value));
        return value;
    }

    /// <summary>
    /// As <see cref="GetAsync{T}"/> for many ids at once: those not kept are read in one call of
    /// <paramref name="read"/> (an id it does not return is kept as absent), and the answer has every id.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, T?>> GetManyAsync<T>(
        IReadOnlyList<string> ids,
        Func<string, string> keyOf,
        Func<string, string[]> tagsOf,
        Func<List<string>, Task<Dictionary<string, T>>> read,
        Func<T?, long> size) where T : class
    {
        var answer = new Dictionary<string, T?>(StringComparer.Ordinal);
        var enabled = Enabled;
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (enabled && cache.TryGet<T?>(keyOf(id), out var kept))
            {
                answer[id] = kept;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return answer;
        }

        var stamps = enabled ? missing.ToDictionary(id => id, id => cache.Take(tagsOf(id))) : null;
        var found = await read(missing);
        foreach (var id in missing)
        {
            var value = found.GetValueOrDefault(id);
            answer[id] = value;
            if (stamps is not null)
            {
                cache.Set(keyOf(id), value, stamps[id], size(value));
            }
        }

        return answer;
    }

    /// <summary>Bytes of a kept string, for <c>size</c>.</summary>
    public static long SizeOf(string? text) => 32 + 2L * (text?.Length ?? 0);

    /// <summary>Bytes of a kept list of strings, for <c>size</c>.</summary>
    public static long SizeOf(IReadOnlyCollection<string> texts) => 32 + texts.Sum(SizeOf);
}
