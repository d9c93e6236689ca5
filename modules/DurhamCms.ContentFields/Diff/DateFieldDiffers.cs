using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>The day only: a DateField's stored time of day means nothing.</summary>
public sealed class DateFieldDiffer : ContentFieldDiffer<DateField>
{
    protected override IReadOnlyList<ComparableValue> Read(DateField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Value(FieldValues.Date(field.Value))];
}

/// <summary>To the minute, in UTC, as the editor shows it.</summary>
public sealed class DateTimeFieldDiffer : ContentFieldDiffer<DateTimeField>
{
    protected override IReadOnlyList<ComparableValue> Read(DateTimeField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Value(FieldValues.DateTime(field.Value))];
}
