namespace DurhamCms.Caching;

/// <summary>
/// Tags a content change evicts. Every cached page carries <see cref="Site"/>, because public
/// pages (roll-ups, lists, feeds, an item with its children) are built from many items; an
/// endpoint may add <see cref="ForType"/> or <see cref="ForItem"/> through the output cache
/// feature for eviction to find it by those too.
/// </summary>
public static class PageCacheTags
{
    public const string Site = "content";

    public static string ForType(string contentType) => "content-type:" + contentType;

    public static string ForItem(string contentItemId) => "content-item:" + contentItemId;
}
