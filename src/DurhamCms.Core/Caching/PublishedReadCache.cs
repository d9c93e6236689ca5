using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DurhamCms.Caching;

/// <summary>
/// What anonymous page renders read of published content, kept across requests on this node.
/// Each entry names the tags it depends on (<see cref="PageCacheTags"/>' vocabulary, plus
/// <see cref="ForDocument"/>); a committed change invalidates its tags here and, through the
/// cluster bus, on every other node.
/// </summary>
/// <remarks>
/// Invalidation bumps a version per tag instead of finding entries: an entry is stored with the
/// versions its tags had <em>before</em> its read began, so a change committed while the read was
/// running leaves it stale on arrival rather than cached for good. Tags share a fixed table of
/// versions (hashed), which bounds memory whatever the number of items; two tags sharing a slot
/// only cost an extra read.
/// </remarks>
public sealed class PublishedReadCache : IDisposable
{
    private const int Slots = 4096;

    private readonly long[] _versions = new long[Slots];
    private readonly MemoryCache _entries;
    private readonly TimeSpan _expiration;
    private long _epoch;

    public PublishedReadCache(IOptions<PublishedReadCacheOptions> options, IOptions<PageCacheOptions> pages)
    {
        Enabled = options.Value.Enabled && options.Value.SizeLimitMegabytes > 0;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SizeLimitMegabytes) * 1024L * 1024 });
        // Never longer than a cached page: a change the bus failed to carry is gone from both together.
        _expiration = pages.Value.Expiration;
    }

    /// <summary>False when configured off: every read goes to the database.</summary>
    public bool Enabled { get; }

    public static string ForDocument(string key) => "document:" + key;

    /// <summary>The site settings document's tag: for reads that depend on a setting (which cultures are translations).</summary>
    public static readonly string SiteSettingsTag = ForDocument(Documents.SiteSettings.DocumentKey);

    /// <summary>The versions <paramref name="tags"/> have now: taken before a read, stored with what it read.</summary>
    public Stamp Take(IReadOnlyList<string> tags)
    {
        var slots = new int[tags.Count];
        var versions = new long[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            slots[i] = Slot(tags[i]);
            versions[i] = Volatile.Read(ref _versions[slots[i]]);
        }

        return new Stamp(Volatile.Read(ref _epoch), slots, versions);
    }

    public bool TryGet<T>(string key, out T value)
    {
        if (_entries.TryGetValue(key, out var found) && found is Entry entry && entry.Value is T or null && IsCurrent(entry.Stamp))
        {
            value = (T)entry.Value!;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set<T>(string key, T value, Stamp stamp, long size)
    {
        if (!IsCurrent(stamp))
        {
            // Changed while it was read: what was read may already be the old version.
            return;
        }

        _entries.Set(key, new Entry(value, stamp), new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, size),
            AbsoluteExpirationRelativeToNow = _expiration,
        });
    }

    /// <summary>On this node only; <see cref="PublishedReadsEviction"/> tells the others.</summary>
    public void Invalidate(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            Interlocked.Increment(ref _versions[Slot(tag)]);
        }
    }

    /// <summary>Everything this node holds goes: for a change too large to name, or news this node may have missed.</summary>
    public void InvalidateAll() => Interlocked.Increment(ref _epoch);

    private bool IsCurrent(Stamp stamp)
    {
        if (Volatile.Read(ref _epoch) != stamp.Epoch)
        {
            return false;
        }

        for (var i = 0; i < stamp.Slots.Length; i++)
        {
            if (Volatile.Read(ref _versions[stamp.Slots[i]]) != stamp.Versions[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Slot(string tag) => (int)((uint)StringComparer.Ordinal.GetHashCode(tag) % Slots);

    public void Dispose() => _entries.Dispose();

    /// <summary>The versions of a read's tags' slots as they were before it began (slots, not tags: a hit hashes nothing).</summary>
    public sealed record Stamp(long Epoch, int[] Slots, long[] Versions);

    private sealed record Entry(object? Value, Stamp Stamp);
}

/// <summary><c>DurhamCms:PublishedReads</c>.</summary>
public sealed class PublishedReadCacheOptions
{
    /// <summary>False reads the database for every request, as before this cache.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Roughly how much published content a node keeps in memory (the text it read, counted twice for UTF-16).</summary>
    public int SizeLimitMegabytes { get; set; } = 64;
}
