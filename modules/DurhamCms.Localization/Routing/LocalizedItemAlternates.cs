using DurhamCms.Caching;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Display;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Services;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Localization.Routing;

/// <summary>
/// An item's page knows its other cultures: every published item of its LocalizationSet that has a
/// route. Runs before other modules' overlays (it is Localization's, a lower module), on the item as found.
/// </summary>
public sealed class LocalizedItemAlternates(DurhamDbContext db, IContentManager contentManager, PageAlternates alternates, PublishedReads reads) : IContentDisplayOverlay
{
    public async Task<ContentItem> OverlayAsync(ContentItem item, string displayType)
    {
        if (ContentCultures.SetOf(item) is not { } set || ContentCultures.CultureOf(item) is not { } culture)
        {
            return item;
        }

        alternates.Add(culture, RoutePath(item));
        // Any item may join or leave the set, so the answer is kept until any item changes.
        var others = await reads.GetAsync("localization-set:" + set + ":" + item.ContentItemId, [PageCacheTags.Site], () => db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.LocalizationSet == set && x.Published && x.ContentItemId != item.ContentItemId)
            .Select(x => x.ContentItemId).ToListAsync(), PublishedReads.SizeOf);
        foreach (var other in await contentManager.GetManyAsync(others, VersionOptions.Published))
        {
            if (ContentCultures.CultureOf(other) is { } otherCulture)
            {
                alternates.Add(otherCulture, RoutePath(other));
            }
        }

        return item;
    }

    private static string? RoutePath(ContentItem item) =>
        item.GetPartJson("AutoroutePart")?["Path"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var path) && path.Length > 0 ? path : null;
}
