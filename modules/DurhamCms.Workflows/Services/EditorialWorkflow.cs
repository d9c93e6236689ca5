using System.Security.Claims;
using DurhamCms.AuditTrail;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Workflows.Services;

/// <summary>
/// The editorial workflow over the site's definition: which transitions a user may take, and
/// taking one (state, log, publish or schedule, notifications, email outbox, audit) in one transaction.
/// </summary>
internal sealed class EditorialWorkflow(
    DurhamDbContext db,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    TransitionAuthorizer authorizer,
    EditorialNotifier notifier,
    WorkflowSignals signals,
    ContentSchedules schedules,
    IEnumerable<IAuditTrail> auditTrails,
    IServiceProvider services,
    TimeProvider clock) : IEditorialWorkflow
{
    /// <summary>See <see cref="ReviewComment"/>: the editor and the workflow share the rule.</summary>
    public const int MaxCommentLength = ReviewComment.MaxLength;

    private IContentManager ContentManager => services.GetRequiredService<IContentManager>();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<bool> AppliesToAsync(string contentType) => await definitions.ForTypeAsync(contentType) is not null;

    public async Task<EditorialStatus?> GetStatusAsync(ContentItem item)
    {
        if (await definitions.ForTypeAsync(item.ContentType) is not { } definition)
        {
            return null;
        }

        var latest = item.Latest ? item : await ContentManager.GetAsync(item.ContentItemId, VersionOptions.Latest) ?? item;
        var record = await states.FindAsync(item.ContentItemId);
        var pending = await schedules.PendingAsync([item.ContentItemId]);
        return ToStatus(definition, EditorialStateStore.CurrentState(definition, record, latest), record, pending.GetValueOrDefault(item.ContentItemId));
    }

    public async Task<IReadOnlyDictionary<string, EditorialStatus>> GetStatusesAsync(IEnumerable<string> contentItemIds)
    {
        var definition = await definitions.GetAsync();
        var ids = contentItemIds.Distinct().ToList();
        if (definition.ContentTypes.Count == 0 || ids.Count == 0)
        {
            return new Dictionary<string, EditorialStatus>();
        }

        var items = (await ContentManager.GetManyAsync(ids, VersionOptions.Latest)).Where(i => definition.AppliesTo(i.ContentType)).ToList();
        var records = await states.FindManyAsync(ids);
        var pending = await schedules.PendingAsync(ids);
        return items.ToDictionary(
            i => i.ContentItemId,
            i => ToStatus(definition, EditorialStateStore.CurrentState(definition, records.GetValueOrDefault(i.ContentItemId), i), records.GetValueOrDefault(i.ContentItemId), pending.GetValueOrDefault(i.ContentItemId)));
    }

    public Task<IReadOnlyList<string>> ListInStateAsync(string state, int take = 100) => states.ListInStateAsync(state, take);

    public async Task<IReadOnlyList<EditorialTransition>> GetTransitionsAsync(ContentItem item, ClaimsPrincipal user)
    {
        if (await definitions.ForTypeAsync(item.ContentType) is not { } definition)
        {
            return [];
        }

        var latest = item.Latest ? item : await ContentManager.GetAsync(item.ContentItemId, VersionOptions.Latest) ?? item;
        var state = EditorialStateStore.CurrentState(definition, await states.FindAsync(item.ContentItemId), latest);
        var allowed = new List<EditorialTransition>();
        foreach (var transition in definition.Transitions.Where(t => t.IsFrom(state)))
        {
            if (await authorizer.MayTakeAsync(user, transition, latest))
            {
                allowed.Add(new EditorialTransition(transition.Name, transition.DisplayLabel, string.IsNullOrWhiteSpace(transition.To) ? state : transition.To)
                {
                    CommentRequired = transition.CommentRequired,
                    CanSchedule = transition.CanSchedule,
                    IsPublishing = string.Equals(transition.To, definition.PublishedState, StringComparison.OrdinalIgnoreCase),
                });
            }
        }

        return allowed;
    }

    public async Task<TransitionResult> ApplyAsync(ContentItem item, TransitionRequest request, ClaimsPrincipal user)
    {
        if (await definitions.ForTypeAsync(item.ContentType) is not { } definition)
        {
            return TransitionResult.Refused($"{item.ContentType} items do not go through the editorial workflow.");
        }

        if (definition.FindTransition(request.Transition) is not { } transition)
        {
            return TransitionResult.Refused($"There is no transition named '{request.Transition}'.");
        }

        if (await ContentManager.GetAsync(item.ContentItemId, VersionOptions.Latest) is not { } latest)
        {
            return TransitionResult.Refused("This item no longer exists.");
        }

        var record = await states.FindAsync(latest.ContentItemId);
        var from = EditorialStateStore.CurrentState(definition, record, latest);
        var refusal = await CheckAsync(definition, transition, from, latest, request, user)
            ?? await CheckApprovalHoldsAsync(definition, transition, from, record, latest, request);
        if (refusal is not null)
        {
            return TransitionResult.Refused(refusal);
        }

        var comment = transition.CommentAllowed && !string.IsNullOrWhiteSpace(request.Comment) ? request.Comment.Trim() : null;
        var to = string.IsNullOrWhiteSpace(transition.To) ? from : definition.FindState(transition.To)!.Name;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                record ??= NewRecord(latest, from);
                await TakeAsync(definition, transition, latest, record, from, to, comment, request, user);
            });
        }
        catch (Exception ex) when (StepConflict.IsLostRace(ex))
        {
            db.ChangeTracker.Clear();
            var now = await states.FindAsync(latest.ContentItemId);
            return TransitionResult.Refused(StepConflict.Message(now?.ChangedBy, now is null ? null : definition.StateLabel(now.State)));
        }

        await schedules.WakeSchedulerAfterCommitAsync();
        await db.AfterCommitOnceAsync("workflows:wake-outbox", () =>
        {
            signals.Outbox.Pulse();
            return Task.CompletedTask;
        });
        var pending = await schedules.PendingAsync([latest.ContentItemId]);
        return new TransitionResult(true, Status: ToStatus(definition, to, record, pending.GetValueOrDefault(latest.ContentItemId)));
    }

    private async Task<string?> CheckAsync(EditorialWorkflowDefinition definition, EditorialTransitionDefinition transition, string from, ContentItem latest, TransitionRequest request, ClaimsPrincipal user)
    {
        if (!transition.IsFrom(from))
        {
            return $"\"{transition.DisplayLabel}\" cannot be taken while the item is {definition.StateLabel(from)}.";
        }

        if (!await authorizer.MayTakeAsync(user, transition, latest))
        {
            return $"You are not allowed to \"{transition.DisplayLabel}\" this item.";
        }

        if (transition.CommentRequired && string.IsNullOrWhiteSpace(request.Comment))
        {
            return $"A comment is required to \"{transition.DisplayLabel}\": say what should change.";
        }

        if (ReviewComment.Check(request.Comment) is { } tooLong)
        {
            return tooLong;
        }

        var scheduling = request.PublishAtUtc is not null || request.UnpublishAtUtc is not null;
        if (!transition.CanSchedule)
        {
            return scheduling ? $"\"{transition.DisplayLabel}\" does not take a publish or unpublish time." : null;
        }

        if (!scheduling && string.IsNullOrWhiteSpace(transition.To))
        {
            return $"\"{transition.DisplayLabel}\" needs a publish or unpublish time.";
        }

        foreach (var (time, what) in new[] { (request.PublishAtUtc, "publish"), (request.UnpublishAtUtc, "unpublish") })
        {
            if (time is { } t && ToUtc(t) <= Now)
            {
                return $"The {what} time {ToUtc(t):yyyy-MM-dd HH:mm} UTC has passed; choose a time in the future.";
            }
        }

        if (request.PublishAtUtc is { } p && request.UnpublishAtUtc is { } u && ToUtc(u) <= ToUtc(p))
        {
            return "The unpublish time must come after the publish time.";
        }

        return scheduling && !await authorizer.MayPublishAsync(user, latest)
            ? "Scheduling a publish or unpublish time needs the permission to publish this item."
            : null;
    }

    /// <summary>
    /// What goes live is exactly what was approved: publishing from the approved state needs the
    /// version the approval was taken on; a draft that was withdrawn from an approval by a change
    /// needs a new review before it can be published (even by someone allowed to publish drafts);
    /// and a step taken from the review queue is refused when the text changed since the card was shown.
    /// </summary>
    private async Task<string?> CheckApprovalHoldsAsync(
        EditorialWorkflowDefinition definition, EditorialTransitionDefinition transition, string from, EditorialStateRecord? record, ContentItem latest, TransitionRequest request)
    {
        if (request.ExpectedVersionStamp is { } seen && seen != latest.VersionStamp)
        {
            return from == definition.ApprovedState || await WithdrawnFromApprovalAsync(definition, latest.ContentItemId)
                ? EditorialWithdrawal.ChangedAfterApproval
                : "This item changed after you opened it: look at the change, then try again.";
        }

        if (!string.Equals(transition.Action, TransitionActions.Publish, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (from == definition.ApprovedState && record?.ContentItemVersionId is { } approved && approved != latest.ContentItemVersionId)
        {
            return EditorialWithdrawal.ChangedAfterApproval;
        }

        return from == definition.InitialState && await WithdrawnFromApprovalAsync(definition, latest.ContentItemId)
            ? EditorialWithdrawal.ChangedAfterApproval
            : null;
    }

    /// <summary>True when the item's last step was a change that withdrew it from its approval.</summary>
    private async Task<bool> WithdrawnFromApprovalAsync(EditorialWorkflowDefinition definition, string contentItemId)
    {
        var last = await db.Set<EditorialTransitionRecord>().AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync();
        return last is { Transition: EditorialWithdrawal.Transition } && last.FromState == definition.ApprovedState;
    }

    private async Task TakeAsync(
        EditorialWorkflowDefinition definition, EditorialTransitionDefinition transition, ContentItem latest, EditorialStateRecord record,
        string from, string to, string? comment, TransitionRequest request, ClaimsPrincipal user)
    {
        var userName = user.Identity?.Name;
        var reason = $"{transition.DisplayLabel} by {userName}";
        if (string.Equals(transition.Action, TransitionActions.Publish, StringComparison.OrdinalIgnoreCase))
        {
            await schedules.CancelAsync(latest.ContentItemId, ScheduleActions.Publish, reason);
            await ContentManager.PublishAsync(latest);
        }
        else if (string.Equals(transition.Action, TransitionActions.Unpublish, StringComparison.OrdinalIgnoreCase))
        {
            await schedules.CancelAsync(latest.ContentItemId, ScheduleActions.Publish, reason);
            await schedules.CancelAsync(latest.ContentItemId, ScheduleActions.Unpublish, reason);
            await ContentManager.UnpublishAsync(latest);
        }
        else if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            // An approval with a time covers the content as approved; sent back, it no longer holds.
            await schedules.CancelAsync(latest.ContentItemId, ScheduleActions.Publish, reason);
        }

        Schedule(latest, request.PublishAtUtc, ScheduleActions.Publish, userName);
        Schedule(latest, request.UnpublishAtUtc, ScheduleActions.Unpublish, userName);

        record.ContentType = latest.ContentType;
        record.ChangedBy = userName;
        record.LastComment = comment;
        record.LastCommentBy = comment is null ? null : userName;
        // Whoever asks the reviewers is the one told of the outcome.
        if (transition.Notify.Contains(NotifyTargets.Reviewers, StringComparer.OrdinalIgnoreCase))
        {
            record.SubmittedBy = userName;
            record.SubmittedUtc = Now;
        }

        states.Move(record, new EditorialTransitionRecord
        {
            ContentItemId = latest.ContentItemId,
            ContentItemVersionId = latest.ContentItemVersionId,
            Transition = transition.Name,
            Label = transition.DisplayLabel,
            FromState = from,
            ToState = to,
            UserName = userName,
            CreatedUtc = Now,
            Comment = comment,
        });
        await db.SaveChangesAsync();

        await AuditAsync(transition.AuditEvent, latest, comment, null);
        if (request.PublishAtUtc is { } publishAt && !string.Equals(transition.AuditEvent, "Scheduled", StringComparison.OrdinalIgnoreCase))
        {
            await AuditAsync("Scheduled", latest, comment, $"Publish at {ToUtc(publishAt):O}");
        }

        await notifier.NotifyAsync(new TransitionNotice(definition, transition, latest, record, from, to, comment, userName, request));
        await db.SaveChangesAsync();
    }

    private void Schedule(ContentItem latest, DateTime? at, string action, string? userName)
    {
        if (at is { } time)
        {
            schedules.Add(latest, action, time, userName);
        }
    }

    private EditorialStateRecord NewRecord(ContentItem latest, string state)
    {
        var record = new EditorialStateRecord { ContentItemId = latest.ContentItemId, ContentType = latest.ContentType, State = state, ChangedUtc = Now, Stamp = Guid.NewGuid() };
        db.Add(record);
        return record;
    }

    private async Task AuditAsync(string? name, ContentItem item, string? comment, string? details)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        foreach (var trail in auditTrails)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.Content, name)
            {
                ContentItemId = item.ContentItemId,
                ContentItemVersionId = item.ContentItemVersionId,
                ContentType = item.ContentType,
                DisplayText = item.DisplayText,
                Comment = comment,
                Details = details,
            });
        }
    }

    private static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };

    private static EditorialStatus ToStatus(EditorialWorkflowDefinition definition, string state, EditorialStateRecord? record, (DateTime? Publish, DateTime? Unpublish) schedules) =>
        new(state, definition.StateLabel(state))
        {
            ScheduledPublishUtc = schedules.Publish,
            ScheduledUnpublishUtc = schedules.Unpublish,
            LastComment = record?.LastComment,
            LastCommentBy = record?.LastCommentBy,
            SaveWithdrawsTo = state == definition.QueueState || state == definition.ApprovedState ? definition.StateLabel(definition.InitialState) : null,
        };
}
