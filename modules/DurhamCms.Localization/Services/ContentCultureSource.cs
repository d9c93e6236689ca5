using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Localization.Services;

/// <summary>Each item's culture for the admin content list, from the latest version's localization index row.</summary>
public sealed class ContentCultureSource(DurhamDbContext db) : IContentCultureSource
{
    public async Task<IReadOnlyDictionary<string, string>> GetLatestCulturesAsync(IReadOnlyCollection<string> contentItemIds)
    {
        if (contentItemIds.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var rows = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.Latest && contentItemIds.Contains(x.ContentItemId) && x.Culture != "")
            .Select(x => new { x.ContentItemId, x.Culture })
            .ToListAsync();
        return rows.GroupBy(x => x.ContentItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Culture, StringComparer.Ordinal);
    }
}
