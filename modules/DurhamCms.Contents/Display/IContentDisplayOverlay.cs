using DurhamCms.ContentManagement;

namespace DurhamCms.Contents.Display;

/// <summary>
/// Lets a module decide what a resident's page of an item shows before its view renders: e.g. a
/// translation shown as its source item with the translated texts. Contents calls every overlay in
/// turn on the published item found by route or id; an overlay returns the item unchanged when it
/// does not apply. It never changes what is stored.
/// </summary>
public interface IContentDisplayOverlay
{
    Task<ContentItem> OverlayAsync(ContentItem item, string displayType);
}
