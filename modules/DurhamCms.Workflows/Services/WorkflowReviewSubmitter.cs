using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Publishing;
using DurhamCms.Workflows.Definitions;

namespace DurhamCms.Workflows.Services;

/// <summary>Another module's "submit for review": the transition into the review state the user may take now, with its checks and notices.</summary>
public sealed class WorkflowReviewSubmitter(IEditorialWorkflow workflow, WorkflowDefinitionStore definitions) : IContentReviewSubmitter
{
    public async Task<PublishOutcome> SubmitAsync(ContentItem item, ClaimsPrincipal user, string? comment = null)
    {
        var definition = await definitions.GetAsync();
        var status = await workflow.GetStatusAsync(item);
        if (status?.State == definition.QueueState)
        {
            return PublishOutcome.Done;
        }

        var submit = (await workflow.GetTransitionsAsync(item, user)).FirstOrDefault(t => t.ToState == definition.QueueState);
        if (submit is null)
        {
            return PublishOutcome.Refused($"'{item.DisplayText}' cannot be submitted for review now{(status is null ? "" : $": it is {status.Label}")}. Your value is saved as a draft.");
        }

        var result = await workflow.ApplyAsync(item, new TransitionRequest(submit.Name) { Comment = comment }, user);
        return result.Succeeded ? PublishOutcome.Done : result.LostRace ? PublishOutcome.Conflict(result.Error!) : PublishOutcome.Refused(result.Error!);
    }
}
