namespace DurhamCms.Display;

/// <summary>Turns a public path into the item published there (Autoroute, aliases, a home route...).</summary>
public interface IContentRouteResolver
{
    /// <summary>The ContentItemId published at <paramref name="path"/> (no leading slash), or null.</summary>
    Task<string?> FindPublishedContentItemIdAsync(string path);

    /// <summary>The public path of a published item, or null when it has none.</summary>
    Task<string?> GetPathAsync(string contentItemId);

    /// <summary>The public paths of many published items at once, by content item id (items without one are left out).</summary>
    Task<IReadOnlyDictionary<string, string>> GetPathsAsync(IReadOnlyCollection<string> contentItemIds);
}
