using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>The picked items, entry by entry, in the order the editor chose.</summary>
public sealed class ContentPickerFieldDiffer : ContentFieldDiffer<ContentPickerField>
{
    protected override IReadOnlyList<ComparableValue> Read(ContentPickerField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.List(field.ContentItemIds)];
}

/// <summary>The chosen values, entry by entry.</summary>
public sealed class MultiTextFieldDiffer : ContentFieldDiffer<MultiTextField>
{
    protected override IReadOnlyList<ComparableValue> Read(MultiTextField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.List(field.Values)];
}
