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
}
