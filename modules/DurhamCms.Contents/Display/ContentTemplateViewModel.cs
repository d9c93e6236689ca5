using DurhamCms.ContentManagement;

namespace DurhamCms.Contents.Display;

/// <summary>An item shown through a stored template (<see cref="DurhamCms.Display.IContentTemplateOverride"/>): its already rendered HTML.</summary>
public sealed class ContentTemplateViewModel(ContentItem contentItem, string html)
{
    public ContentItem ContentItem { get; } = contentItem;

    public string Html { get; } = html;
}
