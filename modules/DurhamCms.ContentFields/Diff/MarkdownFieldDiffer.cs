using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>Markdown as its source, word by word: its marks are what the editor typed.</summary>
public sealed class MarkdownFieldDiffer : ContentFieldDiffer<MarkdownField>
{
    protected override IReadOnlyList<ComparableValue> Read(MarkdownField field, ContentPartFieldDefinition definition) =>
        [ComparableValue.Words(field.Markdown, note: "Markdown")];
}
