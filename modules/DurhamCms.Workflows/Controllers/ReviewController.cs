using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Services;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Workflows.Controllers;

/// <summary>The review queue, and taking a transition without opening the editor.</summary>
[Admin]
public sealed class ReviewController(
    IEditorialWorkflow workflow,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    TransitionAuthorizer authorizer,
    IContentManager contentManager) : Controller
{
    [HttpGet("/admin/review")]
    public async Task<IActionResult> Index()
    {
        var definition = await definitions.GetAsync();
        var reviewable = new List<string>();
        foreach (var type in definition.ContentTypes)
        {
            if (await authorizer.MayReviewAsync(User, definition, type))
            {
                reviewable.Add(type);
            }
        }

        if (reviewable.Count == 0)
        {
            return Forbid();
        }

        var ids = await workflow.ListInStateAsync(definition.QueueState, take: 200);
        var items = (await contentManager.GetManyAsync(ids, VersionOptions.Latest))
            .Where(i => reviewable.Contains(i.ContentType, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var records = await states.FindManyAsync(ids.ToList());
        var published = (await contentManager.GetManyAsync(ids, VersionOptions.Published)).ToDictionary(i => i.ContentItemId, i => i.ContentItemVersionId);
        var queue = new List<ReviewQueueItem>();
        foreach (var item in items)
        {
            var record = records.GetValueOrDefault(item.ContentItemId);
            queue.Add(new ReviewQueueItem(
                item,
                record?.SubmittedBy,
                record?.SubmittedUtc,
                record?.LastComment,
                published.GetValueOrDefault(item.ContentItemId),
                await workflow.GetTransitionsAsync(item, User)));
        }

        return View(queue);
    }

    [HttpPost("/admin/contents/{id}/transition")]
    public async Task<IActionResult> Transition(string id, string? transition, string? transitionComment, DateTime? publishAtUtc, DateTime? unpublishAtUtc, string? returnUrl)
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

        var result = await workflow.ApplyAsync(item, new TransitionRequest(chosen.Name)
        {
            Comment = transitionComment,
            PublishAtUtc = publishAtUtc,
            UnpublishAtUtc = unpublishAtUtc,
        }, User);
        var title = item.DisplayText ?? item.ContentItemId;
        TempData["Notice"] = result.Succeeded
            ? $"“{title}”: {chosen.DisplayLabel} done; it is now {result.Status?.Label}."
            : $"“{title}” was not changed: {result.Error}";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin/review");
    }
}
