using DurhamCms.Caching;
using DurhamCms.Data;
using DurhamCms.Display;
using DurhamCms.Parts.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Parts.Services;

/// <summary>
/// Resolves public paths to items and back, from the AutorouteIndex table alone. Paths have no leading slash.
/// Anonymous page renders keep the answers (<see cref="PublishedReads"/>): an item's path until that item
/// changes, a path's item until any item does (any of them could take the path).
/// </summary>
public sealed class AutorouteLookup(DurhamDbContext db, PublishedReads reads) : IContentRouteResolver
{
    /// <summary>The item published at <paramref name="path"/> ("/initiatives/x" or "initiatives/x"), or null. Drafts are never found.</summary>
    public async Task<string?> FindPublishedContentItemIdAsync(string path)
    {
        var normalized = AutoroutePaths.Normalize(path);
        if (normalized.Length == 0)
        {
            return null;
        }

        // Paths are unique regardless of case, so any casing a resident types finds the item.
        var key = normalized.ToLowerInvariant();
        return await reads.GetAsync("route:" + key, [PageCacheTags.Site], () => db.Set<AutorouteIndex>().AsNoTracking()
            .Where(x => x.Published && x.NormalizedPath == key)
            .Select(x => x.ContentItemId)
            .FirstOrDefaultAsync(), PublishedReads.SizeOf);
    }

    /// <summary>The published path of an item ("initiatives/x"), or null when it has none.</summary>
    public async Task<string?> GetPathAsync(string contentItemId) =>
        (await GetPathsAsync([contentItemId])).GetValueOrDefault(contentItemId);

    /// <summary>One query for many items, where <see cref="GetPathAsync"/> item by item would cost one each.</summary>
    public Task<IReadOnlyDictionary<string, string>> GetPathsAsync(IReadOnlyCollection<string> contentItemIds) =>
        GetPathsAsync(contentItemIds, CancellationToken.None);

    /// <summary>As <see cref="GetPathsAsync(IReadOnlyCollection{string})"/>, given up when the reader hangs up.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetPathsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct)
    {
        var paths = await reads.GetManyAsync(contentItemIds.Distinct().ToList(), id => "path:" + id, id => [PageCacheTags.ForItem(id)], async ids =>
        {
            var rows = await db.Set<AutorouteIndex>().AsNoTracking()
                .Where(x => x.Published && ids.Contains(x.ContentItemId))
                .Select(x => new { x.ContentItemId, x.Path })
                .ToListAsync(ct);
            return rows.DistinctBy(r => r.ContentItemId).ToDictionary(r => r.ContentItemId, r => r.Path, StringComparer.Ordinal);
        }, PublishedReads.SizeOf);
        return paths.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }
}
