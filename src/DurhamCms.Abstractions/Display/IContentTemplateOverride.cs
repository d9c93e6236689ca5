using DurhamCms.ContentManagement;

namespace DurhamCms.Display;

/// <summary>
/// Replaces an item's view with markup of its own (Orchard's Templates: Liquid by shape name).
/// Offered by Contents, which shows items; the Templates module answers it.
/// </summary>
public interface IContentTemplateOverride
{
    /// <summary>The HTML to show instead of the item's view, or null to show the view.</summary>
    Task<string?> RenderAsync(ContentItem item, string displayType, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a list of items (a summary list, the admin's content list), the HTML that replaces each
    /// item a template covers, by ContentItemId; items no template covers are absent. Items are
    /// loaded only when a template names their type, so a list without templates costs nothing.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> RenderManyAsync(IReadOnlyCollection<ContentListEntry> items, string displayType, VersionOptions versions, CancellationToken cancellationToken = default);
}

/// <summary>An item in a list, as lists already know it: its id and type.</summary>
public readonly record struct ContentListEntry(string ContentItemId, string ContentType);

/// <summary>Lists ask every override at once; the first that replaces an item wins, as for a single item.</summary>
public static class ContentTemplateOverrideExtensions
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static async Task<IReadOnlyDictionary<string, string>> RenderManyAsync(
        this IEnumerable<IContentTemplateOverride> overrides, IReadOnlyCollection<ContentListEntry> items, string displayType, VersionOptions versions, CancellationToken cancellationToken = default)
    {
        Dictionary<string, string>? merged = null;
        foreach (var candidate in overrides)
        {
            foreach (var (id, html) in await candidate.RenderManyAsync(items, displayType, versions, cancellationToken))
            {
                (merged ??= new(StringComparer.Ordinal)).TryAdd(id, html);
            }
        }

        return merged ?? None;
    }
}
