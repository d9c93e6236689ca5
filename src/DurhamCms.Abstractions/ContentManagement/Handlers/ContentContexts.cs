using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentManagement.Handlers;

public class ContentContext(ContentItem contentItem, ContentTypeDefinition? definition)
{
    public ContentItem ContentItem { get; } = contentItem;

    /// <summary>Null for an item whose type has no definition (kept as imported).</summary>
    public ContentTypeDefinition? Definition { get; } = definition;
}

public sealed class ValidateContentContext(ContentItem contentItem, ContentTypeDefinition? definition, ContentValidationResult result)
    : ContentContext(contentItem, definition)
{
    public ContentValidationResult Result { get; } = result;
}

/// <summary>A new version being made from an existing one (draft over published, restore).</summary>
public sealed class VersionContentContext(ContentItem existing, ContentItem building, ContentTypeDefinition? definition)
    : ContentContext(building, definition)
{
    public ContentItem ExistingContentItem { get; } = existing;
}

public sealed class PublishContentContext(ContentItem contentItem, ContentItem? previous, ContentTypeDefinition? definition)
    : ContentContext(contentItem, definition)
{
    /// <summary>The version that was published before this call, if any.</summary>
    public ContentItem? PreviousPublished { get; } = previous;

    /// <summary>A handler may set this while publishing to stop it (e.g. a publish-later date).</summary>
    public bool Cancel { get; set; }
}
