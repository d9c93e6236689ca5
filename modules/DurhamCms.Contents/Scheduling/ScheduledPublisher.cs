using DurhamCms.AuditTrail;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// Runs one due schedule in one transaction: the row is taken (so another node cannot run it
/// too), the item published or unpublished, the modules' handlers told, and the audit recorded.
/// A crash before the commit leaves the row due, to run at the next start.
/// </summary>
public sealed class ScheduledPublisher(
    DurhamDbContext db,
    IContentManager contentManager,
    IEnumerable<IScheduledPublishingHandler> handlers,
    IEnumerable<IAuditTrail> auditTrails,
    TimeProvider clock)
{
    /// <summary>The name the scheduler's own steps are logged under.</summary>
    public const string SchedulerUser = "scheduler";

    private readonly IReadOnlyList<IScheduledPublishingHandler> _handlers = handlers.ToList();

    public async Task<IReadOnlyList<long>> DueAsync(DateTime now) =>
        await db.Set<PublishScheduleRecord>().AsNoTracking()
            .Where(r => r.DoneUtc == null && r.DueUtc <= now)
            .OrderBy(r => r.DueUtc)
            .Select(r => r.Id)
            .ToListAsync();

    public async Task<DateTime?> NextDueAsync() =>
        await db.Set<PublishScheduleRecord>().AsNoTracking()
            .Where(r => r.DoneUtc == null)
            .OrderBy(r => r.DueUtc)
            .Select(r => (DateTime?)r.DueUtc)
            .FirstOrDefaultAsync();

    public Task RunAsync(long scheduleId) => db.InTransactionAsync(async () =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = await db.Set<PublishScheduleRecord>()
            .Where(r => r.Id == scheduleId && r.DoneUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DoneUtc, now));
        if (taken == 0)
        {
            return;
        }

        var schedule = await db.Set<PublishScheduleRecord>().FirstAsync(r => r.Id == scheduleId);
        schedule.DoneUtc = now;
        schedule.Outcome = await RunCoreAsync(schedule, now);
        await db.SaveChangesAsync();
    });

    private async Task<string> RunCoreAsync(PublishScheduleRecord schedule, DateTime now)
    {
        if (await contentManager.GetAsync(schedule.ContentItemId, VersionOptions.Latest) is not { } latest)
        {
            return "Cancelled: the item was removed.";
        }

        var context = new ScheduledPublishContext(schedule, latest, now);
        // What was scheduled goes live, nothing typed after it was scheduled.
        if (context.IsPublish && (latest.ContentItemVersionId != schedule.ContentItemVersionId || latest.ModifiedUtc > schedule.CreatedUtc))
        {
            context.Cancel("the item was edited after the publish was scheduled");
        }

        foreach (var handler in _handlers)
        {
            await handler.RunningAsync(context);
        }

        if (context.CancelReason is { } reason)
        {
            context.Outcome = $"Cancelled: {reason}.";
            context.EventName = "ScheduleCancelled";
        }
        else if (context.IsPublish)
        {
            await contentManager.PublishAsync(latest);
            context.Outcome = "Published";
            context.EventName = "PublishedBySchedule";
        }
        else
        {
            await contentManager.UnpublishAsync(latest);
            context.Outcome = "Unpublished";
            context.EventName = "UnpublishedBySchedule";
        }

        foreach (var handler in _handlers)
        {
            await handler.RanAsync(context);
        }

        foreach (var trail in auditTrails)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.Content, context.EventName)
            {
                UserName = schedule.ScheduledBy,
                ContentItemId = latest.ContentItemId,
                ContentItemVersionId = latest.ContentItemVersionId,
                ContentType = latest.ContentType,
                DisplayText = latest.DisplayText,
                Details = $"{schedule.Action} scheduled for {schedule.DueUtc:O} by {schedule.ScheduledBy}: {context.Outcome}",
            });
        }

        return context.Outcome;
    }
}
