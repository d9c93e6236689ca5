using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Parts.Services;

/// <summary>
/// Which paths other items hold. A path counts as taken by another item's published or
/// latest version: a draft's new path is reserved for it before it goes live. Paths compare
/// case-insensitively, since "Initiatives/X" and "initiatives/x" would confuse residents.
/// </summary>
public sealed class AutoroutePathRegistry(DurhamDbContext db)
{
    // A path MakeUniqueAsync just found free for an item, so that the same save's validation
    // does not ask the database again. Used once: a later save checks afresh.
    private (string ContentItemId, string Path)? _justMadeUnique;

    public async Task<bool> IsTakenAsync(string path, string contentItemId)
    {
        if (_justMadeUnique == (contentItemId, path))
        {
            _justMadeUnique = null;
            return false;
        }

        var lower = path.ToLowerInvariant();
        return await Others(contentItemId).AnyAsync(x => x.NormalizedPath == lower);
    }

    /// <summary>The path itself when free and not reserved, else the first free of "path-2", "path-3"...</summary>
    public async Task<string> MakeUniqueAsync(string path, string contentItemId)
    {
        var lower = path.ToLowerInvariant();
        var reserved = AutoroutePaths.IsReserved(path);

        // The common case, a free path, costs one indexed lookup; only a taken one reads its "-n" siblings.
        if (!reserved && !await Others(contentItemId).AnyAsync(x => x.NormalizedPath == lower))
        {
            return Remember(path, contentItemId);
        }

        var prefix = lower + "-";
        var taken = (await Others(contentItemId)
                .Where(x => x.NormalizedPath == lower || x.NormalizedPath.StartsWith(prefix))
                .Select(x => x.Path)
                .ToListAsync())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        for (var n = 2; ; n++)
        {
            var candidate = $"{path}-{n}";
            if (!taken.Contains(candidate))
            {
                return Remember(candidate, contentItemId);
            }
        }
    }

    private string Remember(string path, string contentItemId)
    {
        _justMadeUnique = (contentItemId, path);
        return path;
    }

    private IQueryable<AutorouteIndex> Others(string contentItemId) =>
        db.Set<AutorouteIndex>().AsNoTracking().Where(x => x.ContentItemId != contentItemId && (x.Published || x.Latest));
}
