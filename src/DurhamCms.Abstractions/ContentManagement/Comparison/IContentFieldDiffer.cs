using System.Text.Json.Nodes;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentManagement.Comparison;

/// <summary>
/// How one field type reads when two versions of an item are compared (the history's "changes"
/// page). The field's own module knows its JSON shape; the diff only lines up and compares what
/// this returns, so a new field type is compared well without the diff learning about it.
/// </summary>
public interface IContentFieldDiffer
{
    /// <summary>The field type read: "TextField", "MeasureSeriesField"...</summary>
    string FieldType { get; }

    /// <summary>
    /// The field's value in one version as labelled values. <paramref name="field"/> is null when
    /// that version does not hold the field: read it as the field's empty value, so that a field
    /// added to the type later does not show as a change.
    /// </summary>
    IReadOnlyList<ComparableValue> Read(JsonObject? field, ContentPartFieldDefinition definition);
}
