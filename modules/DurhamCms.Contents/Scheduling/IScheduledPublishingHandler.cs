using DurhamCms.ContentManagement;

namespace DurhamCms.Contents.Scheduling;

/// <summary>One due schedule being run, as its handlers see it (all in the run's one transaction).</summary>
public sealed class ScheduledPublishContext(PublishScheduleRecord schedule, ContentItem item, DateTime nowUtc)
{
    public PublishScheduleRecord Schedule { get; } = schedule;

    /// <summary>The item's latest version when the schedule came due.</summary>
    public ContentItem Item { get; } = item;

    public DateTime NowUtc { get; } = nowUtc;

    public bool IsPublish => Schedule.Action == ScheduleActions.Publish;

    /// <summary>Set before the run when it must not happen; the row is closed as cancelled with this reason.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>After the run: "Published", "Unpublished" or "Cancelled: ...".</summary>
    public string Outcome { get; internal set; } = "";

    /// <summary>After the run: the audit event's name (PublishedBySchedule, UnpublishedBySchedule, ScheduleCancelled).</summary>
    public string EventName { get; internal set; } = "";

    /// <summary>What a handler keeps between <see cref="IScheduledPublishingHandler.RunningAsync"/> and <see cref="IScheduledPublishingHandler.RanAsync"/>.</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public void Cancel(string reason) => CancelReason ??= reason;
}

/// <summary>
/// A module's say in scheduled publishing: before a due schedule runs it may cancel it (a
/// workflow: the approval no longer holds); after, it records what the run means to it (a
/// workflow: the item's state and log), in the same transaction.
/// </summary>
public interface IScheduledPublishingHandler
{
    Task RunningAsync(ScheduledPublishContext context);

    Task RanAsync(ScheduledPublishContext context);
}
