using System.Text.Json.Nodes;

namespace DurhamCms.ContentManagement.Metadata;

/// <summary>Read-only settings bag: each settings class under its own name.</summary>
public abstract class DefinitionWithSettings(JsonObject settings)
{
    private readonly JsonObject _settings = settings.CloneObject();

    public T GetSettings<T>() where T : class, new() =>
        _settings[typeof(T).Name] is JsonObject json ? json.ToObject<T>() ?? new T() : new T();

    /// <summary>A copy; changes go through the definition manager's builders.</summary>
    public JsonObject SettingsJson => _settings.CloneObject();
}

public sealed class ContentTypeDefinition(string name, string displayName, JsonObject settings, IReadOnlyList<ContentTypePartDefinition> parts)
    : DefinitionWithSettings(settings)
{
    public string Name { get; } = name;
    public string DisplayName { get; } = displayName;

    /// <summary>Parts in display order (by ContentTypePartSettings.Position, then as declared).</summary>
    public IReadOnlyList<ContentTypePartDefinition> Parts { get; } = parts;

    public ContentTypeSettings TypeSettings => GetSettings<ContentTypeSettings>();

    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool HasPart(string partName) =>
        Parts.Any(p => string.Equals(p.PartName, partName, StringComparison.OrdinalIgnoreCase));
}

public sealed class ContentTypePartDefinition(string name, ContentPartDefinition partDefinition, JsonObject settings)
    : DefinitionWithSettings(settings)
{
    /// <summary>The name the part has in this type (its JSON property name).</summary>
    public string Name { get; } = name;

    /// <summary>The part's definition name: "TitlePart", or the type's own part named after the type.</summary>
    public string PartName => PartDefinition.Name;

    public ContentPartDefinition PartDefinition { get; } = partDefinition;

    public string DisplayName => GetSettings<ContentTypePartSettings>().DisplayName ?? Name;
}

public sealed class ContentPartDefinition(string name, JsonObject settings, IReadOnlyList<ContentPartFieldDefinition> fields)
    : DefinitionWithSettings(settings)
{
    public string Name { get; } = name;
    public IReadOnlyList<ContentPartFieldDefinition> Fields { get; } = fields;
}

public sealed class ContentPartFieldDefinition(string name, string fieldName, JsonObject settings)
    : DefinitionWithSettings(settings)
{
    /// <summary>The field's name in its part (its JSON property name).</summary>
    public string Name { get; } = name;

    /// <summary>The field type: TextField, NumericField...</summary>
    public string FieldName { get; } = fieldName;

    public string DisplayName => GetSettings<ContentPartFieldSettings>().DisplayName ?? Name;
}
