using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Publishing;

namespace DurhamCms.Workflows.Publishing;

/// <summary>
/// Publishing when the workflow is on: a type under the workflow is published only through the
/// workflow's own step into "Published", so the step's rules hold (no publishing while changes
/// are requested) and its log records who; every other type is handed to the kernel's direct policy.
/// </summary>
internal sealed class WorkflowPublishingPolicy(IEditorialWorkflow workflow, DirectPublishingPolicy direct) : IContentPublishingPolicy
{
    public async Task<bool> PublishesDirectlyAsync(string contentType) => !await workflow.AppliesToAsync(contentType);

    public async Task<PublishOutcome> PublishAsync(ContentItem item, ClaimsPrincipal user)
    {
        if (!await workflow.AppliesToAsync(item.ContentType))
        {
            return await direct.PublishAsync(item, user);
        }

        var step = (await workflow.GetTransitionsAsync(item, user)).FirstOrDefault(t => t.IsPublishing);
        if (step is null)
        {
            return PublishOutcome.Refused("This item goes through review, and it can't be published from where it stands now. Use the steps offered on its edit page.");
        }

        var outcome = await workflow.ApplyAsync(item, new TransitionRequest(step.Name), user);
        return outcome.Succeeded ? PublishOutcome.Done
            : outcome.LostRace ? PublishOutcome.Conflict(outcome.Error ?? "Someone else acted on this item at the same moment.")
            : PublishOutcome.Refused(outcome.Error ?? "The workflow refused to publish it.");
    }
}
