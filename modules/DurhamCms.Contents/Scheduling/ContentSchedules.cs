using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// Publish and unpublish times of content, for every module that sets one (a publish-later time,
/// a workflow's approval). Rows are added to the caller's unit of work: they commit with it.
/// </summary>
public sealed class ContentSchedules(DurhamDbContext db, ScheduleSignal signal, IClusterBus bus, TimeProvider clock)
{
    /// <summary>Schedules the action on the item's current version; saved with the caller's next save.</summary>
    public void Add(ContentItem item, string action, DateTime dueUtc, string? scheduledBy) =>
        db.Add(new PublishScheduleRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            Action = action,
            DueUtc = ToUtc(dueUtc),
            ScheduledBy = scheduledBy,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>Wakes the scheduler on every node once the caller's transaction commits, so a near time is not missed.</summary>
    public Task WakeSchedulerAfterCommitAsync() => db.AfterCommitOnceAsync("scheduling:wake-scheduler", () =>
    {
        signal.Signal.Pulse();
        return bus.PublishAsync(ClusterChannels.Scheduler);
    });

    /// <summary>Marks an item's pending schedules of the action done without running them (saved with the caller's next save).</summary>
    public async Task CancelAsync(string contentItemId, string action, string reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.Set<PublishScheduleRecord>()
            .Where(r => r.ContentItemId == contentItemId && r.Action == action && r.DoneUtc == null)
            .ToListAsync();
        foreach (var row in pending)
        {
            row.DoneUtc = now;
            row.Outcome = $"Cancelled: {reason}";
        }
    }

    /// <summary>Pending publish/unpublish times by item (earliest of each kind).</summary>
    public async Task<Dictionary<string, (DateTime? Publish, DateTime? Unpublish)>> PendingAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var rows = await db.Set<PublishScheduleRecord>().AsNoTracking()
            .Where(r => r.DoneUtc == null && contentItemIds.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.Action, r.DueUtc })
            .ToListAsync();
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(
            g => g.Key,
            g => (
                g.Where(r => r.Action == ScheduleActions.Publish).Select(r => (DateTime?)r.DueUtc).Min(),
                g.Where(r => r.Action == ScheduleActions.Unpublish).Select(r => (DateTime?)r.DueUtc).Min()));
    }

    public static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
