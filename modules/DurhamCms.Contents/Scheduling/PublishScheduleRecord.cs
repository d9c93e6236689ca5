namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// A publish or unpublish due at a time. Rows, not timers, so that nothing scheduled is lost when
/// the host restarts: the scheduler runs every due row at start and then as each falls due.
/// </summary>
public sealed class PublishScheduleRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";

    /// <summary>The version approved for publishing (for an unpublish, the version live when scheduled).</summary>
    public string? ContentItemVersionId { get; set; }

    public string Action { get; set; } = ScheduleActions.Publish;
    public DateTime DueUtc { get; set; }
    public string? ScheduledBy { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when the scheduler took the row (or it was cancelled); a taken row is never run twice.</summary>
    public DateTime? DoneUtc { get; set; }

    /// <summary>What happened: "Published", "Cancelled: ...", "Failed: ...".</summary>
    public string? Outcome { get; set; }
}

public static class ScheduleActions
{
    public const string Publish = "Publish";
    public const string Unpublish = "Unpublish";
}
