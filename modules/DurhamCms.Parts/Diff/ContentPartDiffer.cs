using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Parts.Diff;

/// <summary>
/// Reads a part's JSON as its class, then lets the part say what to compare. An absent part reads
/// as the class's empty value; a value of the wrong shape (stored before a rule existed) is shown
/// as its JSON rather than hidden, so the diff never fails on old data.
/// </summary>
public abstract class ContentPartDiffer<TPart> : IContentPartDiffer where TPart : ContentPart, new()
{
    public string PartName => typeof(TPart).Name;

    public abstract string DisplayName { get; }

    public IReadOnlyList<ComparableValue> Read(JsonObject? part, ContentTypePartDefinition? definition)
    {
        TPart value;
        try
        {
            value = part?.Deserialize<TPart>(ContentJson.Options) ?? new TPart();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return [ComparableValue.Value(part!.ToJsonString())];
        }

        return Read(value);
    }

    protected abstract IReadOnlyList<ComparableValue> Read(TPart part);
}
