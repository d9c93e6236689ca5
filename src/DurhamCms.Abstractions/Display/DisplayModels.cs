using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Display;

/// <summary>
/// What a content view gets. Views are chosen by name, most specific first:
/// "{Type}.{DisplayType}" then "Content.{DisplayType}".
/// </summary>
public sealed class ContentItemViewModel(ContentItem contentItem, ContentTypeDefinition? definition, string displayType)
{
    public ContentItem ContentItem { get; } = contentItem;
    public ContentTypeDefinition? Definition { get; } = definition;

    /// <summary>Detail, Summary...</summary>
    public string DisplayType { get; } = displayType;
}

/// <summary>The model of a part's own view, "Parts/{PartName}" (e.g. Parts/TitlePart).</summary>
public sealed class PartDisplayModel(ContentItem contentItem, ContentTypePartDefinition part, string displayType)
{
    public ContentItem ContentItem { get; } = contentItem;
    public ContentTypePartDefinition Part { get; } = part;
    public string DisplayType { get; } = displayType;
    public JsonObject? Json => ContentItem.GetPartJson(Part.Name);
}

/// <summary>The model of a field's view, "Fields/{FieldName}" (e.g. Fields/TextField).</summary>
public sealed class FieldDisplayModel(ContentItem contentItem, ContentTypePartDefinition part, ContentPartFieldDefinition field, string displayType)
{
    public ContentItem ContentItem { get; } = contentItem;
    public ContentTypePartDefinition Part { get; } = part;
    public ContentPartFieldDefinition Field { get; } = field;
    public string DisplayType { get; } = displayType;
    public JsonObject? Json => ContentItem.GetPartJson(Part.Name)?[Field.Name] as JsonObject;

    public TField? Get<TField>() where TField : ContentField => ContentItem.GetField<TField>(Part.Name, Field.Name);
}
