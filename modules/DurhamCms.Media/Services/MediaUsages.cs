using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Media.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Media.Services;

/// <summary>An item that uses a file: in its latest or its published version.</summary>
public sealed record MediaUse(string ContentItemId, string ContentType, string DisplayText);

/// <summary>Which content uses a library file, read from MediaUsageIndex (MediaField paths and rich-text /media/ links).</summary>
public sealed class MediaUsages(DurhamDbContext db)
{
    public async Task<IReadOnlyList<MediaUse>> FindAsync(string path)
    {
        var ids = await db.Set<MediaUsageIndex>().AsNoTracking()
            .Where(u => u.Path == path && (u.Latest || u.Published))
            .Select(u => u.DocumentId).Distinct().ToListAsync();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new MediaUse(c.ContentItemId, c.ContentType, c.DisplayText ?? ""))
            .Distinct().ToListAsync();
    }

    public static string Describe(IReadOnlyList<MediaUse> uses) =>
        string.Join("; ", uses.DistinctBy(u => u.ContentItemId).Select(u => $"{u.ContentType} '{u.DisplayText}'"));
}
