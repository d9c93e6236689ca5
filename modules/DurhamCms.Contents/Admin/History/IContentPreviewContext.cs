using DurhamCms.ContentManagement;

namespace DurhamCms.Contents.Admin.History;

/// <summary>
/// For an item with no page of its own (a status update, a key measure), the page residents see it
/// on: the preview renders that page with this version in its place and everything else as
/// published. The module that owns the type implements it (the plan: the item's initiative).
/// </summary>
public interface IContentPreviewContext
{
    /// <summary>The published item whose page shows <paramref name="version"/>, after arranging for the page to show this version; null when it is not this module's.</summary>
    Task<ContentItem?> PageShowingAsync(ContentItem version);
}
