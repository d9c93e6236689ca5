namespace DurhamCms.Caching;

/// <summary>Names of the page cache policies the kernel's modules share.</summary>
public static class PageCachePolicies
{
    /// <summary>
    /// A content item's public page (Contents' display by path or id). The modules whose views
    /// render on it add the query keys those views read.
    /// </summary>
    public const string ContentItem = "ContentItem";
}
