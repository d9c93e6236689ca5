using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>
/// Reads a field's JSON as its class, then lets the field say what to compare. An absent field
/// reads as the class's empty value; a value of the wrong shape (stored before a rule existed)
/// is shown as its JSON rather than hidden, so the diff never fails on old data.
/// </summary>
public abstract class ContentFieldDiffer<TField> : IContentFieldDiffer where TField : ContentField, new()
{
    public string FieldType => typeof(TField).Name;

    public IReadOnlyList<ComparableValue> Read(JsonObject? field, ContentPartFieldDefinition definition)
    {
        TField value;
        try
        {
            value = field?.Deserialize<TField>(ContentJson.Options) ?? new TField();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return [ComparableValue.Value(field!.ToJsonString())];
        }

        return Read(value, definition);
    }

    protected abstract IReadOnlyList<ComparableValue> Read(TField field, ContentPartFieldDefinition definition);
}
