using System.Text.Json.Nodes;

namespace DurhamCms.ContentManagement.Metadata;

// Orchard's stored shape of content definitions, property for property, so that a
// ContentDefinition document or recipe step moves between Orchard and DurhamCms unchanged.

public sealed class ContentDefinitionRecord
{
    public List<ContentTypeDefinitionRecord> ContentTypeDefinitionRecords { get; set; } = [];
    public List<ContentPartDefinitionRecord> ContentPartDefinitionRecords { get; set; } = [];
    public int Serial { get; set; }
}

public sealed class ContentTypeDefinitionRecord
{
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public JsonObject Settings { get; set; } = [];
    public List<ContentTypePartDefinitionRecord> ContentTypePartDefinitionRecords { get; set; } = [];
}

public sealed class ContentTypePartDefinitionRecord
{
    public string PartName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
}

public sealed class ContentPartDefinitionRecord
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
    public List<ContentPartFieldDefinitionRecord> ContentPartFieldDefinitionRecords { get; set; } = [];
}

public sealed class ContentPartFieldDefinitionRecord
{
    public string FieldName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
}
