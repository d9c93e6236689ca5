using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;

namespace DurhamCms.Workflows.Scheduling;

/// <summary>
/// A scheduled publish or unpublish of a workflow type moves the item's state and is logged as a
/// step of the scheduler: published; back to the initial state when the approval no longer held
/// (edited after it); or back from published when taken off the site.
/// </summary>
internal sealed class WorkflowScheduleHandler(DurhamDbContext db, WorkflowDefinitionStore definitions, EditorialStateStore states) : IScheduledPublishingHandler
{
    private const string FromKey = "Workflows.FromState";

    public async Task RunningAsync(ScheduledPublishContext context)
    {
        if (await definitions.ForTypeAsync(context.Item.ContentType) is { } definition)
        {
            // Read before the content manager moves it (EditorialContentHandler follows a publish).
            var record = await states.FindAsync(context.Item.ContentItemId);
            var from = EditorialStateStore.CurrentState(definition, record, context.Item);
            context.Items[FromKey] = from;
            // A scheduled publish carries out an approval: it goes ahead only while the item is
            // still approved (or live) and the recorded approval covers the text it would publish.
            if (context.IsPublish && record is not null
                && ((from != definition.ApprovedState && from != definition.PublishedState)
                    || !ApprovedVersion.Covers(definition, record, from, context.Item)))
            {
                context.Cancel(EditorialWithdrawal.ChangedAfterApproval);
            }
        }
    }

    public async Task RanAsync(ScheduledPublishContext context)
    {
        if (await definitions.ForTypeAsync(context.Item.ContentType) is not { } definition || !context.Items.TryGetValue(FromKey, out var read) || read is not string from)
        {
            return;
        }

        var to = context.CancelReason is not null ? definition.InitialState
            : context.IsPublish ? definition.PublishedState
            : from == definition.PublishedState ? definition.InitialState : from;
        var item = context.Item;
        var record = await states.FindAsync(item.ContentItemId)
            ?? db.Add(new EditorialStateRecord { ContentItemId = item.ContentItemId, ContentType = item.ContentType }).Entity;
        record.ChangedBy = ScheduledPublisher.SchedulerUser;
        states.Move(record, new EditorialTransitionRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            Transition = context.EventName,
            Label = context.Outcome,
            FromState = from,
            ToState = to,
            UserName = ScheduledPublisher.SchedulerUser,
            CreatedUtc = context.NowUtc,
        });
    }
}
