using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>The picked users by name, as the editor shows them.</summary>
public sealed class UserPickerFieldDiffer : ContentFieldDiffer<UserPickerField>
{
    protected override IReadOnlyList<ComparableValue> Read(UserPickerField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Value(field.UserNames.Length == 0 ? null : string.Join(", ", field.UserNames))];
}
