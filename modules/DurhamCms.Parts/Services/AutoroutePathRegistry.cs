using System.Diagnostics.CodeAnalysis;
using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Parts.Services;

/// <summary>
/// Which paths other items hold. A path counts as taken by another item's published or
/// latest version: a draft's new path is reserved for it before it goes live. Paths compare
/// case-insensitively, since "Initiatives/X" and "initiatives/x" would confuse residents.
/// </summary>
[SuppressMessage("Performance", "CA1862", Justification = "EF translates ToLower() to SQL lower(); the StringComparison overloads it suggests do not translate.")]
public sealed class AutoroutePathRegistry(DurhamDbContext db)
{
    public async Task<bool> IsTakenAsync(string path, string contentItemId)
    {
        var lower = path.ToLowerInvariant();
        return await Others(contentItemId).AnyAsync(x => x.Path.ToLower() == lower);
    }

    /// <summary>The path itself when free and not reserved, else the first free of "path-2", "path-3"...</summary>
    public async Task<string> MakeUniqueAsync(string path, string contentItemId)
    {
        var lower = path.ToLowerInvariant();
        var prefix = lower + "-";
        var taken = (await Others(contentItemId)
                .Where(x => x.Path.ToLower() == lower || x.Path.ToLower().StartsWith(prefix))
                .Select(x => x.Path)
                .ToListAsync())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        if (!taken.Contains(path) && !AutoroutePaths.IsReserved(path))
        {
            return path;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{path}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private IQueryable<AutorouteIndex> Others(string contentItemId) =>
        db.Set<AutorouteIndex>().AsNoTracking().Where(x => x.ContentItemId != contentItemId && (x.Published || x.Latest));
}
