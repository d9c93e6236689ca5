using DurhamCms.ContentManagement.Comparison;
using DurhamCms.Parts.Models;

namespace DurhamCms.Parts.Diff;

/// <summary>The title as one value: a retitled item reads "was … now …", not as scattered words.</summary>
public sealed class TitlePartDiffer : ContentPartDiffer<TitlePart>
{
    public override string DisplayName => "Title";

    protected override IReadOnlyList<ComparableValue> Read(TitlePart part) => [ComparableValue.Value(part.Title)];
}
