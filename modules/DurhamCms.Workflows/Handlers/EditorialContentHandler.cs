using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Recipes;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Workflows.Handlers;

/// <summary>
/// Keeps the workflow state true to what the content manager did outside a transition: a new
/// draft over a published item (a working copy: the live version stays) starts again as a
/// draft; a publish or unpublish done directly moves the state with it; and any change to an item
/// in review or approved (editor save, recipe import, API write) withdraws it: what a reviewer
/// looked at is no longer what would go live. It lives here, not in a controller, so that every
/// writer of content is covered.
/// </summary>
internal sealed class EditorialContentHandler(
    DurhamDbContext db,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    ContentSchedules schedules,
    EditorialSaveScope saveScope,
    TimeProvider clock,
    ContentImportJournal? journal = null) : ContentHandlerBase
{
    // The current recipe batch's new items that have no state row, read in one query per batch.
    private readonly UnstoredWithoutRows? _stateless = journal is null ? null : new(journal, ids =>
        db.Set<EditorialStateRecord>().AsNoTracking().Where(r => ids.Contains(r.ContentItemId)).Select(r => r.ContentItemId).ToListAsync());

    public override Task UpdatedAsync(ContentContext context)
    {
        if (saveScope.StepFollows)
        {
            // The store bumps a version's stamp by one per write.
            var item = context.ContentItem;
            saveScope.Saved = (item.ContentItemVersionId, item.VersionStamp - 1, item.VersionStamp);
        }

        return WithdrawAsync(context);
    }

    public override Task ImportedAsync(ContentContext context) => WithdrawAsync(context);

    public override Task VersionedAsync(VersionContentContext context) =>
        MoveAsync(context, (definition, state) => state == definition.PublishedState && !context.ContentItem.Published ? definition.InitialState : null);

    public override Task RestoredAsync(ContentContext context) =>
        MoveAsync(context, (definition, state) => !context.ContentItem.Published && state == definition.PublishedState ? definition.InitialState : null);

    public override Task PublishedAsync(PublishContentContext context) =>
        MoveAsync(context, (definition, _) => definition.PublishedState);

    public override Task UnpublishedAsync(PublishContentContext context) =>
        MoveAsync(context, (definition, state) => state == definition.PublishedState ? definition.InitialState : null);

    public override async Task RemovedAsync(ContentContext context)
    {
        if (await definitions.ForTypeAsync(context.ContentItem.ContentType) is not null)
        {
            await schedules.CancelAsync(context.ContentItem.ContentItemId, ScheduleActions.Publish, "the item was removed");
            await schedules.CancelAsync(context.ContentItem.ContentItemId, ScheduleActions.Unpublish, "the item was removed");
            await db.SaveChangesAsync();
        }
    }

    private async Task WithdrawAsync(ContentContext context)
    {
        if (saveScope.StepFollows
            || await definitions.ForTypeAsync(context.ContentItem.ContentType) is not { } definition
            || await IsStatelessImportAsync(context.ContentItem.ContentItemId)
            || await states.FindAsync(context.ContentItem.ContentItemId) is not { } record
            || (record.State != definition.QueueState && record.State != definition.ApprovedState))
        {
            return;
        }

        var from = record.State;
        var now = clock.GetUtcNow().UtcDateTime;
        var reason = from == definition.ApprovedState ? EditorialWithdrawal.ChangedAfterApproval : EditorialWithdrawal.ChangedInReview;
        // An approval with a time covered the content as approved; changed, it no longer holds.
        await schedules.CancelAsync(context.ContentItem.ContentItemId, ScheduleActions.Publish, reason);
        record.ChangedBy = context.ContentItem.Author;
        // The recorded approval stays: it no longer covers the changed text, so no way of
        // publishing (even "Publish now" from the draft) takes it live before a new review.
        states.Move(record, new EditorialTransitionRecord
        {
            ContentItemId = record.ContentItemId,
            ContentItemVersionId = context.ContentItem.ContentItemVersionId,
            Transition = EditorialWithdrawal.Transition,
            Label = "Withdrawn from review by a change",
            FromState = from,
            ToState = definition.InitialState,
            UserName = context.ContentItem.Author,
            CreatedUtc = now,
            Comment = reason,
        });
        await SaveOrConflictAsync(context.ContentItem);
    }

    /// <summary>
    /// True for a recipe's new item without a state row: nothing to withdraw. Nothing in an import
    /// writes a state row for an item not yet stored, so the batch's answer holds for the whole batch.
    /// </summary>
    private async Task<bool> IsStatelessImportAsync(string contentItemId) =>
        _stateless is not null && await _stateless.HasNoRowAsync(contentItemId);

    /// <summary>Only items that already have a state row change: without one the state follows the item.</summary>
    private async Task MoveAsync(ContentContext context, Func<EditorialWorkflowDefinition, string, string?> next)
    {
        if (await definitions.ForTypeAsync(context.ContentItem.ContentType) is not { } definition
            || await states.FindAsync(context.ContentItem.ContentItemId) is not { } record
            || next(definition, record.State) is not { } to
            || to == record.State)
        {
            return;
        }

        record.State = to;
        record.ContentItemVersionId = context.ContentItem.ContentItemVersionId;
        if (to != definition.ApprovedState)
        {
            // Published, unpublished or made a new draft: the approval was carried out or no longer applies.
            ApprovedVersion.Clear(record);
        }

        record.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        record.Stamp = Guid.NewGuid();
        await SaveOrConflictAsync(context.ContentItem);
    }

    /// <summary>
    /// Someone moved the item's state row since it was read: the content write that brought us
    /// here lost a race, and is answered as the edit conflict it is (the editor's 409 page).
    /// </summary>
    private async Task SaveOrConflictAsync(ContentItem item)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentConflictException(item.ContentItemId, item.ContentItemVersionId);
        }
    }
}
