using System.Security.Claims;
using DurhamCms.AuditTrail;
using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Time;
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
    IClusterBus bus,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    TransitionAuthorizer authorizer,
    EditorialNotifier notifier,
    WorkflowSignals signals,
    EditorialSaveScope saveScope,
    ContentSchedules schedules,
    IEnumerable<IAuditTrail> auditTrails,
    IServiceProvider services,
    TimeProvider clock,
    ILocalClock localClock) : IEditorialWorkflow
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
        var status = ToStatus(definition, EditorialStateStore.CurrentState(definition, record, latest), record, pending.GetValueOrDefault(item.ContentItemId));
        return record?.ReviewedContentItemVersionId is { } reviewed && reviewed != latest.ContentItemVersionId && status.State == definition.QueueState
            ? status with { ReviewedVersionId = reviewed }
            : status;
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
        bool? everPublished = null;
        foreach (var transition in definition.Transitions.Where(t => t.IsFrom(state)))
        {
            // A step that unpublishes (Unpublish, Archive) means nothing for an item residents never saw.
            if (Unpublishes(transition) && !(everPublished ??= await WasEverPublishedAsync(item.ContentItemId)))
            {
                continue;
            }

            if (await authorizer.MayTakeAsync(user, transition, latest))
            {
                var approving = string.Equals(transition.To, definition.ApprovedState, StringComparison.OrdinalIgnoreCase);
                var label = approving ? await ApprovalLabelAsync(transition, item.ContentItemId) : transition.DisplayLabel;
                allowed.Add(new EditorialTransition(transition.Name, label, string.IsNullOrWhiteSpace(transition.To) ? state : transition.To)
                {
                    CommentRequired = transition.CommentRequired,
                    CanSchedule = transition.CanSchedule,
                    IsPublishing = string.Equals(transition.To, definition.PublishedState, StringComparison.OrdinalIgnoreCase),
                    IsApproving = approving,
                });
            }
        }

        return allowed;
    }

    // Approving does not publish: the button says when the item will go live, or that someone must publish it later.
    private async Task<string> ApprovalLabelAsync(EditorialTransitionDefinition transition, string contentItemId)
    {
        var pending = await schedules.PendingAsync([contentItemId]);
        return pending.GetValueOrDefault(contentItemId).Publish is { } at
            ? $"{transition.DisplayLabel} (publishes at {(await localClock.GetTimeZoneAsync()).Stamp(at)})"
            : $"{transition.DisplayLabel}; publish later";
    }

    private static bool Unpublishes(EditorialTransitionDefinition transition) =>
        string.Equals(transition.Action, TransitionActions.Unpublish, StringComparison.OrdinalIgnoreCase);

    // Only a version that went live carries a publish time: a new draft starts without one.
    private Task<bool> WasEverPublishedAsync(string contentItemId) =>
        db.ContentItems.AsNoTracking().AnyAsync(r => r.ContentItemId == contentItemId && (r.Published || r.PublishedUtc != null));

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
        if (LostRaceBeforeStep(definition, from, record, latest, request) is { } lost)
        {
            return TransitionResult.Conflict(lost);
        }

        var refusal = await CheckAsync(definition, transition, from, latest, request, user)
            ?? CheckApprovalHolds(definition, transition, from, record, latest);
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
            return TransitionResult.Conflict(StepConflict.Message(now?.ChangedBy, now is null ? null : definition.StateLabel(now.State)));
        }

        await schedules.WakeSchedulerAfterCommitAsync();
        await db.AfterCommitOnceAsync("workflows:wake-outbox", () =>
        {
            signals.Outbox.Pulse();
            return bus.PublishAsync(ClusterChannels.Outbox);
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

        if (Unpublishes(transition) && !await WasEverPublishedAsync(latest.ContentItemId))
        {
            return $"\"{transition.DisplayLabel}\" is for items that have been published; this one never was.";
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
                return $"The {what} time {(await localClock.GetTimeZoneAsync()).Stamp(ToUtc(t))} has passed; choose a time in the future.";
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
    /// The user acted on what they saw, and someone else changed it since: the state the form
    /// was shown in has moved (another reviewer's step), or the text the review queue card showed
    /// was saved over. Either is a race the user lost, answered with the conflict page.
    /// </summary>
    private static string? LostRaceBeforeStep(EditorialWorkflowDefinition definition, string from, EditorialStateRecord? record, ContentItem latest, TransitionRequest request)
    {
        if (request.ExpectedState is { Length: > 0 } shown && !string.Equals(shown, from, StringComparison.OrdinalIgnoreCase))
        {
            return StepConflict.Message(record?.ChangedBy, definition.StateLabel(from));
        }

        if (request.ExpectedVersionStamp is { } seen && seen != latest.VersionStamp)
        {
            var why = from == definition.ApprovedState || record?.ApprovedContentItemVersionId is not null
                ? " " + EditorialWithdrawal.ChangedAfterApproval
                : "";
            return $"This item changed after you opened it (saved by {latest.Author ?? "someone else"}).{why} Nothing of yours was lost: look at the change, then take the step if it still applies.";
        }

        return null;
    }

    /// <summary>
    /// What goes live is exactly what was approved: a publishing step publishes the version the
    /// recorded approval covers, or is refused when the text changed after it (a change withdrew
    /// the item and needs review again, even from someone allowed to publish drafts).
    /// </summary>
    private string? CheckApprovalHolds(EditorialWorkflowDefinition definition, EditorialTransitionDefinition transition, string from, EditorialStateRecord? record, ContentItem latest) =>
        string.Equals(transition.Action, TransitionActions.Publish, StringComparison.OrdinalIgnoreCase)
        && record is not null
        && !ApprovedVersion.Covers(definition, record, from, latest, saveScope)
            ? EditorialWithdrawal.ChangedAfterApproval
            : null;

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

        var handsBack = HandsBack(definition, transition, from, to);
        RecordReview(definition, record, latest, from, to, handsBack);
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
        if (handsBack)
        {
            // The reviewed text stays in the history as the reviewer saw it; the author's changes
            // go into a new version, which the reviewer then compares with it.
            // The copy is the reviewer's doing until the author saves it (then it is theirs), so
            // an editor open on the reviewed text is told who made the version they conflict with.
            var reviewedText = latest.Clone();
            reviewedText.Author = userName;
            await ContentManager.NewDraftAsync(reviewedText);
        }
    }

    /// <summary>A reviewer sends the item back to its author (e.g. "Request changes"): from review or approval, to a working state, publishing nothing.</summary>
    private static bool HandsBack(EditorialWorkflowDefinition definition, EditorialTransitionDefinition transition, string from, string to) =>
        (from == definition.QueueState || from == definition.ApprovedState)
        && to != from && to != definition.QueueState && to != definition.ApprovedState && to != definition.PublishedState
        && string.IsNullOrWhiteSpace(transition.Action);

    /// <summary>
    /// Records on the state row what a review was for: the version an approval covers (with its
    /// stamp), or the version handed back for changes. Any other move ends the approval.
    /// </summary>
    private static void RecordReview(EditorialWorkflowDefinition definition, EditorialStateRecord record, ContentItem latest, string from, string to, bool handsBack)
    {
        if (to == definition.ApprovedState && from != to)
        {
            ApprovedVersion.Record(record, latest);
            record.ReviewedContentItemVersionId = null;
        }
        else if (to != definition.ApprovedState)
        {
            ApprovedVersion.Clear(record);
        }

        if (handsBack)
        {
            record.ReviewedContentItemVersionId = latest.ContentItemVersionId;
        }
        else if (to == definition.PublishedState)
        {
            record.ReviewedContentItemVersionId = null;
        }
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
            ChangedBy = record?.ChangedBy,
            SaveWithdrawsTo = state == definition.QueueState || state == definition.ApprovedState ? definition.StateLabel(definition.InitialState) : null,
        };
}
