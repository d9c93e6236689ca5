namespace DurhamCms.Caching;

/// <summary>The page cache policies modules declared: for each name, the query keys its pages read.</summary>
public sealed class PageCacheOptions
{
    /// <summary>Long enough to absorb a crowd; eviction on a change keeps pages right, this only bounds memory.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <c>DurhamCms:PageCache:Enabled</c>: false renders every request (a CDN in front that caches
    /// instead, or a benchmark of rendering); eviction still runs, so turning it back on is safe.
    /// </summary>
    public bool Enabled { get; set; } = true;

    public Dictionary<string, PageCachePolicyOptions> Policies { get; } = new(StringComparer.Ordinal);
}

public sealed class PageCachePolicyOptions
{
    /// <summary>
    /// The query keys the page reads: the cache keeps one entry per combination of their values
    /// and ignores every other key, so that <c>?r=123</c> cannot bypass the cache.
    /// </summary>
    public HashSet<string> QueryKeys { get; } = new(StringComparer.OrdinalIgnoreCase);
}
