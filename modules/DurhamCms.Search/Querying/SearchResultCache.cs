using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Results of searches already run on one index snapshot. When something is in the news many
/// residents search the same words at once; the second and later of them get the first one's page.
/// A snapshot never changes, and a publish makes the next search use a new one (a new key, its own
/// empty set), so a cached page is never staler than a search run now would be. Each node caches
/// for its own index; nothing is shared between nodes, nor needs to be.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, SearchResults>> _bySnapshot = new();

    public SearchResults GetOrRun(IndexReader snapshot, string key, Func<SearchResults> run)
    {
        if (capacity <= 0)
        {
            return run();
        }

        var results = _bySnapshot.GetOrCreateValue(snapshot);
        if (results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fresh = run();
        if (results.Count >= capacity)
        {
            // Many different searches on one snapshot: start over rather than track what is old.
            results.Clear();
        }

        results[key] = fresh;
        return fresh;
    }

    /// <summary>Everything that makes one page of results differ from another on the same snapshot.</summary>
    public static string KeyOf(QueryText text, SearchRequest request)
    {
        var key = new System.Text.StringBuilder();
        key.Append(request.Language).Append('\u001f').Append(request.Sort).Append('\u001f').Append(request.Page).Append('\u001f').Append(text.Text);
        foreach (var (facet, values) in request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            key.Append('\u001e').Append(facet);
            foreach (var value in values.Order(StringComparer.Ordinal))
            {
                key.Append('\u001f').Append(value);
            }
        }

        return key.ToString();
    }
}
