using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Contents.Admin.History.Diff;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Time;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Workflows.Controllers;

/// <summary>The review queue, and taking a transition without opening the editor.</summary>
[Admin]
public sealed class ReviewController(
    IEditorialWorkflow workflow,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    TransitionAuthorizer authorizer,
    ContentSchedules schedules,
    IContentManager contentManager,
    IContentDefinitionManager contentDefinitions,
    ContentDiffer differ,
    ContentEditorPages editorPages,
    ILocalClock localClock) : Controller
{
    [HttpGet("/admin/review")]
    public async Task<IActionResult> Index()
    {
        var definition = await definitions.GetAsync();
        var reviewable = await authorizer.ReviewableTypesAsync(User, definition);
        if (reviewable.Count == 0)
        {
            return Forbid();
        }

        var inReview = await QueueAsync(definition.QueueState, reviewable);
        var approved = definition.FindState(definition.ApprovedState) is null ? [] : await QueueAsync(definition.ApprovedState, reviewable);
        return View(new ReviewQueuePage(inReview, approved, definition.StateLabel(definition.ApprovedState)));
    }

    private async Task<List<ReviewQueueItem>> QueueAsync(string state, List<string> reviewable)
    {
        var ids = await workflow.ListInStateAsync(state, take: 200);
        var items = (await contentManager.GetManyAsync(ids, VersionOptions.Latest))
            .Where(i => reviewable.Contains(i.ContentType, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var records = await states.FindManyAsync(ids.ToList());
        var pending = await schedules.PendingAsync(ids.ToList());
        var published = (await contentManager.GetManyAsync(ids, VersionOptions.Published)).ToDictionary(i => i.ContentItemId, i => i.ContentItemVersionId);
        var queue = new List<ReviewQueueItem>();
        foreach (var item in items)
        {
            var record = records.GetValueOrDefault(item.ContentItemId);
            var reviewed = record?.ReviewedContentItemVersionId is { } r && r != item.ContentItemVersionId ? r : null;
            queue.Add(new ReviewQueueItem(
                item,
                record?.SubmittedBy,
                record?.SubmittedUtc,
                record?.LastComment,
                published.GetValueOrDefault(item.ContentItemId),
                await workflow.GetTransitionsAsync(item, User))
            {
                ScheduledPublishUtc = pending.GetValueOrDefault(item.ContentItemId).Publish,
                State = state,
                ReviewedVersionId = reviewed,
                ChangedSinceReview = reviewed is null ? [] : await ChangedSinceAsync(reviewed, item),
            });
        }

        return queue;
    }

    /// <summary>What came back after "Request changes": the fields changed since the reviewed version, by the differ Contents' diff page uses (labels, no empty-to-empty changes).</summary>
    private async Task<IReadOnlyList<string>> ChangedSinceAsync(string reviewedVersionId, ContentItem resubmitted)
    {
        if (await contentManager.GetVersionAsync(reviewedVersionId) is not { } reviewed)
        {
            return [];
        }

        var definition = await contentDefinitions.GetTypeDefinitionAsync(resubmitted.ContentType);
        return differ.Compare(reviewed, resubmitted, definition).Changed.Select(f => f.Label).ToList();
    }

    [HttpPost("/admin/contents/{id}/transition")]
    public async Task<IActionResult> Transition(string id, string? transition, string? transitionComment, string? publishAtUtc, string? unpublishAtUtc, long? versionStamp, string? workflowState, string? returnUrl)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        var definition = await definitions.ForTypeAsync(item.ContentType);
        if (definition?.FindTransition(transition ?? "") is not { } chosen)
        {
            return BadRequest();
        }

        // Checked here as well as in the workflow, so that a refusal for want of permission is a 403.
        if (!await authorizer.MayTakeAsync(User, chosen, item))
        {
            return Forbid();
        }

        var title = item.DisplayText ?? item.ContentItemId;
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin/review";
        // The same reader as the editor's, so both refuse the same text with the same words.
        var zone = await localClock.GetTimeZoneAsync();
        var (publishAt, publishError) = PublishTimeInput.Read(publishAtUtc, "The publish time", zone);
        var (unpublishAt, unpublishError) = PublishTimeInput.Read(unpublishAtUtc, "The unpublish time", zone);
        if ((publishError ?? unpublishError) is { } error)
        {
            TempData["Notice"] = $"“{title}” was not changed: {error}";
            return LocalRedirect(back);
        }

        var result = await workflow.ApplyAsync(item, new TransitionRequest(chosen.Name)
        {
            Comment = transitionComment,
            PublishAtUtc = publishAt,
            UnpublishAtUtc = unpublishAt,
            ExpectedVersionStamp = versionStamp,
            ExpectedState = string.IsNullOrWhiteSpace(workflowState) ? null : workflowState,
        }, User);
        if (result.LostRace && await contentDefinitions.GetTypeDefinitionAsync(item.ContentType) is { } type)
        {
            // The editor's conflict page, on the item as it stands now, with the reviewer's comment kept.
            var current = await contentManager.GetAsync(id, VersionOptions.Latest) ?? item;
            var page = await editorPages.StepConflictAsync(current, type, User, Request.Form, $"“{title}”: {chosen.DisplayLabel} was not taken. {result.Error}");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(ContentEditorPages.ViewPath, page);
        }

        TempData["Notice"] = result.Succeeded
            ? $"“{title}”: {chosen.DisplayLabel} done; it is now {result.Status?.Label}."
            : $"“{title}” was not changed: {result.Error}";
        return LocalRedirect(back);
    }
}
