namespace DurhamCms.Search.Indexing;

/// <summary>The "DurhamCms:Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "DurhamCms:Search";

    /// <summary>
    /// This node's name: its indexes live in {DataPath}/search/{NodeName}, so nodes sharing a data
    /// folder (or a test's two hosts) never write one index. Empty: the machine name.
    /// </summary>
    public string? NodeName { get; set; }

    /// <summary>The index profile residents search on /search and /api/search.</summary>
    public string ProfileName { get; set; } = "Search";

    /// <summary>Longer queries are cut to this many characters (the header box allows as many).</summary>
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>Hits per page on /search and /api/search.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>How often the background loop reads the task log for changes made on other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>/health/ready fails while this node's index trails the task log by more than this.</summary>
    public TimeSpan ReadyMaxLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a missing task id is waited for. Ids are handed out when a row is inserted but
    /// become visible when its transaction commits, so a lower id can appear after a higher one;
    /// one never seen after this long belonged to a transaction that rolled back.
    /// </summary>
    public TimeSpan GapGracePeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long the indexing task log keeps a task every live node has applied, and how long a node
    /// may be away and still catch up from the log (longer, and it rebuilds its index on return).
    /// Never shorter than <see cref="GapGracePeriod"/>.
    /// </summary>
    public TimeSpan TaskLogRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often a node looks for tasks to prune.</summary>
    public TimeSpan TaskLogPruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Pages of results kept per index snapshot for searches repeated before the next publish
    /// (0: none kept). A page with its snippets and facets is about 10 KB.
    /// </summary>
    public int ResultCacheEntries { get; set; } = 500;

    /// <summary>
    /// Searches a node runs on its own index after its first indexing pass (see
    /// <see cref="Querying.SearchWarmer"/>), so residents' first searches after a start do not run
    /// unoptimised code. 0: none. On the 50,000-document bench 100 were too few (the next 400
    /// searches still had a p95 of about 20 ms); after 600 (about 5 s on one core) the first pass was at its steady 5 ms.
    /// </summary>
    public int WarmUpSearches { get; set; } = 600;

    /// <summary>The most a warm-up may take, whatever <see cref="WarmUpSearches"/> says: on a large index each search costs more.</summary>
    public TimeSpan WarmUpTime { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Tasks (and, when rebuilding, items) read per batch.</summary>
    public int BatchSize { get; set; } = 1000;
}
