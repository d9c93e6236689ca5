using System.Globalization;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.Parts.Models;

namespace DurhamCms.Parts.Diff;

/// <summary>The list the item belongs to (by id: the diff reads no other item) and its place there.</summary>
public sealed class ContainedPartDiffer : ContentPartDiffer<ContainedPart>
{
    public override string DisplayName => "List";

    protected override IReadOnlyList<ComparableValue> Read(ContainedPart part) =>
    [
        ComparableValue.Value(part.ListContentItemId, "Parent"),
        ComparableValue.Value(part.Order.ToString(CultureInfo.InvariantCulture), "Position"),
    ];
}
