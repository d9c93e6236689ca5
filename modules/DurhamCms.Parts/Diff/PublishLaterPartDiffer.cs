using DurhamCms.ContentFields.Diff;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.Parts.Models;

namespace DurhamCms.Parts.Diff;

/// <summary>When the draft is to go live, to the minute in UTC, as a DateTimeField reads.</summary>
public sealed class PublishLaterPartDiffer : ContentPartDiffer<PublishLaterPart>
{
    public override string DisplayName => "Publish later";

    protected override IReadOnlyList<ComparableValue> Read(PublishLaterPart part) =>
        [ComparableValue.Value(FieldValues.DateTime(part.ScheduledPublishUtc))];
}
