using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>Yes or No; an absent field reads as No, as the editor shows it.</summary>
public sealed class BooleanFieldDiffer : ContentFieldDiffer<BooleanField>
{
    protected override IReadOnlyList<ComparableValue> Read(BooleanField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Value(field.Value ? "Yes" : "No")];
}
