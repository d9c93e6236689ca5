using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>
/// HTML by the words a resident reads, so a diff shows the text that changed rather than tags;
/// a change of markup alone still counts as a change.
/// </summary>
public sealed class HtmlFieldDiffer : ContentFieldDiffer<HtmlField>
{
    protected override IReadOnlyList<ComparableValue> Read(HtmlField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Words(HtmlText.ToText(field.Html), note: "HTML, compared by its text", source: field.Html)];
}
