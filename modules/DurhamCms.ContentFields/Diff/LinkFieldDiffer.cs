using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>The address, the link's text and where it opens, under the editor's own labels.</summary>
public sealed class LinkFieldDiffer : ContentFieldDiffer<LinkField>
{
    protected override IReadOnlyList<ComparableValue> Read(LinkField field, ContentPartFieldDefinition definition) =>
    [
        ComparableValue.Value(field.Url, "Address"),
        FieldText.Compared(field.Text) with { Label = "Link text" },
        ComparableValue.Value(field.Target, "Opens in"),
    ];
}
