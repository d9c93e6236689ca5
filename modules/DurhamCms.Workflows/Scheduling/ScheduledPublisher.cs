using DurhamCms.AuditTrail;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Workflows.Scheduling;

/// <summary>
/// Runs one due schedule in one transaction: the row is taken (so another node cannot run it
/// too), the item published or unpublished, its state and log written, and the audit recorded.
/// A crash before the commit leaves the row due, to run at the next start.
/// </summary>
public sealed class ScheduledPublisher(
    DurhamDbContext db,
    IContentManager contentManager,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    IEnumerable<IAuditTrail> auditTrails,
    TimeProvider clock)
{
    public const string SchedulerUser = "scheduler";

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

        var definition = await definitions.GetAsync();
        var record = await states.FindAsync(latest.ContentItemId);
        var from = EditorialStateStore.CurrentState(definition, record, latest);
        string to, outcome, auditName;
        if (schedule.Action == ScheduleActions.Publish)
        {
            // What was approved goes live, nothing typed after the approval.
            if (latest.ContentItemVersionId != schedule.ContentItemVersionId || latest.ModifiedUtc > schedule.CreatedUtc)
            {
                to = definition.InitialState;
                outcome = "Cancelled: the item was edited after the publish was scheduled; it needs approving again.";
                auditName = "ScheduleCancelled";
            }
            else
            {
                await contentManager.PublishAsync(latest);
                to = definition.PublishedState;
                outcome = "Published";
                auditName = "PublishedBySchedule";
            }
        }
        else
        {
            await contentManager.UnpublishAsync(latest);
            to = latest.Published ? definition.InitialState : from;
            outcome = "Unpublished";
            auditName = "UnpublishedBySchedule";
        }

        if (definition.AppliesTo(latest.ContentType))
        {
            record ??= db.Add(new EditorialStateRecord { ContentItemId = latest.ContentItemId, ContentType = latest.ContentType }).Entity;
            record.State = to;
            record.ContentItemVersionId = latest.ContentItemVersionId;
            record.ChangedUtc = now;
            record.ChangedBy = SchedulerUser;
            record.Stamp = Guid.NewGuid();
            db.Add(new EditorialTransitionRecord
            {
                ContentItemId = latest.ContentItemId,
                ContentItemVersionId = latest.ContentItemVersionId,
                Transition = auditName,
                Label = outcome,
                FromState = from,
                ToState = to,
                UserName = SchedulerUser,
                CreatedUtc = now,
            });
        }

        foreach (var trail in auditTrails)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.Content, auditName)
            {
                UserName = schedule.ScheduledBy,
                ContentItemId = latest.ContentItemId,
                ContentItemVersionId = latest.ContentItemVersionId,
                ContentType = latest.ContentType,
                DisplayText = latest.DisplayText,
                Details = $"{schedule.Action} scheduled for {schedule.DueUtc:O} by {schedule.ScheduledBy}: {outcome}",
            });
        }

        return outcome;
    }
}
