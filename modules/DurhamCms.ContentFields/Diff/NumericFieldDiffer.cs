using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>A number by its value: 12 and 12.0 are the same number, not a change.</summary>
public sealed class NumericFieldDiffer : ContentFieldDiffer<NumericField>
{
    protected override IReadOnlyList<ComparableValue> Read(NumericField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Value(FieldValues.Number(field.Value))];
}
