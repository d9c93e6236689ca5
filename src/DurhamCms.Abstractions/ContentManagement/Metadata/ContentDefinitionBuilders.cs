using System.Text.Json.Nodes;

namespace DurhamCms.ContentManagement.Metadata;

/// <summary>Settings are merged property by property, as Orchard merges recipe settings into stored ones.</summary>
public static class SettingsMerge
{
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            if (value is JsonObject child && target[name] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    public static T Read<T>(JsonObject settings) where T : class, new() =>
        settings[typeof(T).Name] is JsonObject json ? json.ToObject<T>() ?? new T() : new T();
}

/// <summary>What every definition builder does with its settings: merge recipe JSON, or write a settings class.</summary>
public abstract class SettingsBuilder<TSelf>(JsonObject settings) where TSelf : SettingsBuilder<TSelf>
{
    private TSelf Self => (TSelf)this;

    public TSelf MergeSettings(JsonObject source)
    {
        SettingsMerge.Merge(settings, source);
        return Self;
    }

    public TSelf WithSettings<T>(T value) where T : class
    {
        settings[typeof(T).Name] = ContentJson.FromObject(value, ContentJson.WithoutNulls);
        return Self;
    }

    public TSelf AlterSettings<T>(Action<T> alter) where T : class, new()
    {
        var value = SettingsMerge.Read<T>(settings);
        alter(value);
        return WithSettings(value);
    }
}

public sealed class ContentTypeDefinitionBuilder(ContentTypeDefinitionRecord record) : SettingsBuilder<ContentTypeDefinitionBuilder>(record.Settings)
{
    public ContentTypeDefinitionRecord Record { get; } = record;

    public ContentTypeDefinitionBuilder DisplayedAs(string displayName)
    {
        Record.DisplayName = displayName;
        return this;
    }

    public ContentTypeDefinitionBuilder Creatable(bool value = true) => AlterSettings<ContentTypeSettings>(s => s.Creatable = value);
    public ContentTypeDefinitionBuilder Listable(bool value = true) => AlterSettings<ContentTypeSettings>(s => s.Listable = value);
    public ContentTypeDefinitionBuilder Draftable(bool value = true) => AlterSettings<ContentTypeSettings>(s => s.Draftable = value);
    public ContentTypeDefinitionBuilder Versionable(bool value = true) => AlterSettings<ContentTypeSettings>(s => s.Versionable = value);
    public ContentTypeDefinitionBuilder Securable(bool value = true) => AlterSettings<ContentTypeSettings>(s => s.Securable = value);

    /// <summary>Adds or changes a part; <paramref name="partName"/> defaults to <paramref name="name"/>.</summary>
    public ContentTypeDefinitionBuilder WithPart(string name, Action<ContentTypePartDefinitionBuilder>? alter = null, string? partName = null)
    {
        var part = Record.ContentTypePartDefinitionRecords.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (part is null)
        {
            part = new ContentTypePartDefinitionRecord { Name = name, PartName = partName ?? name };
            Record.ContentTypePartDefinitionRecords.Add(part);
        }
        else if (partName is not null)
        {
            part.PartName = partName;
        }

        alter?.Invoke(new ContentTypePartDefinitionBuilder(part));
        return this;
    }

    public ContentTypeDefinitionBuilder RemovePart(string name)
    {
        Record.ContentTypePartDefinitionRecords.RemoveAll(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return this;
    }
}

public sealed class ContentTypePartDefinitionBuilder(ContentTypePartDefinitionRecord record) : SettingsBuilder<ContentTypePartDefinitionBuilder>(record.Settings)
{
    public ContentTypePartDefinitionRecord Record { get; } = record;

    public ContentTypePartDefinitionBuilder WithPosition(string position) => AlterSettings<ContentTypePartSettings>(s => s.Position = position);
    public ContentTypePartDefinitionBuilder WithDisplayName(string displayName) => AlterSettings<ContentTypePartSettings>(s => s.DisplayName = displayName);
    public ContentTypePartDefinitionBuilder WithEditor(string editor) => AlterSettings<ContentTypePartSettings>(s => s.Editor = editor);
}

public sealed class ContentPartDefinitionBuilder(ContentPartDefinitionRecord record) : SettingsBuilder<ContentPartDefinitionBuilder>(record.Settings)
{
    public ContentPartDefinitionRecord Record { get; } = record;

    public ContentPartDefinitionBuilder Attachable(bool value = true) => AlterSettings<ContentPartSettings>(s => s.Attachable = value);
    public ContentPartDefinitionBuilder WithDescription(string description) => AlterSettings<ContentPartSettings>(s => s.Description = description);

    public ContentPartDefinitionBuilder WithField(string name, Action<ContentPartFieldDefinitionBuilder> alter)
    {
        var field = Record.ContentPartFieldDefinitionRecords.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (field is null)
        {
            field = new ContentPartFieldDefinitionRecord { Name = name };
            Record.ContentPartFieldDefinitionRecords.Add(field);
        }

        alter(new ContentPartFieldDefinitionBuilder(field));
        return this;
    }

    public ContentPartDefinitionBuilder RemoveField(string name)
    {
        Record.ContentPartFieldDefinitionRecords.RemoveAll(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return this;
    }
}

public sealed class ContentPartFieldDefinitionBuilder(ContentPartFieldDefinitionRecord record) : SettingsBuilder<ContentPartFieldDefinitionBuilder>(record.Settings)
{
    public ContentPartFieldDefinitionRecord Record { get; } = record;

    public ContentPartFieldDefinitionBuilder OfType(string fieldName)
    {
        Record.FieldName = fieldName;
        return this;
    }

    public ContentPartFieldDefinitionBuilder WithDisplayName(string displayName) => AlterSettings<ContentPartFieldSettings>(s => s.DisplayName = displayName);
    public ContentPartFieldDefinitionBuilder WithPosition(string position) => AlterSettings<ContentPartFieldSettings>(s => s.Position = position);
    public ContentPartFieldDefinitionBuilder WithEditor(string editor) => AlterSettings<ContentPartFieldSettings>(s => s.Editor = editor);
}
