using DurhamCms.ContentFields.Diff;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.Parts.Models;

namespace DurhamCms.Parts.Diff;

/// <summary>
/// The body by the words a resident reads, so the diff shows the text that changed rather than
/// tags; a change of markup alone still counts as a change.
/// </summary>
public sealed class HtmlBodyPartDiffer : ContentPartDiffer<HtmlBodyPart>
{
    public override string DisplayName => "Body";

    protected override IReadOnlyList<ComparableValue> Read(HtmlBodyPart part) =>
        [ComparableValue.Words(HtmlText.ToText(part.Html), note: "HTML, compared by its text", source: part.Html)];
}

/// <summary>The body as its Markdown source, word by word: its marks are what the editor typed.</summary>
public sealed class MarkdownBodyPartDiffer : ContentPartDiffer<MarkdownBodyPart>
{
    public override string DisplayName => "Body";

    protected override IReadOnlyList<ComparableValue> Read(MarkdownBodyPart part) =>
        [ComparableValue.Words(part.Markdown, note: "Markdown")];
}
