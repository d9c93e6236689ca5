using System.Globalization;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>To the second, as Orchard stores it.</summary>
public sealed class TimeFieldDiffer : ContentFieldDiffer<TimeField>
{
    protected override IReadOnlyList<ComparableValue> Read(TimeField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Value(field.Value?.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture))];
}
