using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Workflows;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Publishing from the editor's Publish button or the publish endpoint. A type under the
/// editorial workflow is published only through the workflow's own step into "Published", so
/// the step's rules hold (no publishing while changes are requested) and its log records who;
/// other types are published directly.
/// </summary>
internal static class DirectPublishing
{
    public const string PublishedState = "Published";

    /// <summary>Null when published; otherwise why not, for the user.</summary>
    public static async Task<string?> PublishAsync(IContentManager contents, IEditorialWorkflow? workflow, ContentItem item, ClaimsPrincipal user)
    {
        if (workflow is null || !await workflow.AppliesToAsync(item.ContentType))
        {
            await contents.PublishAsync(item);
            return null;
        }

        var step = (await workflow.GetTransitionsAsync(item, user)).FirstOrDefault(t => t.ToState == PublishedState);
        if (step is null)
        {
            return "This item goes through review, and it can't be published from where it stands now. Use the steps offered on its edit page.";
        }

        var outcome = await workflow.ApplyAsync(item, new TransitionRequest(step.Name), user);
        return outcome.Succeeded ? null : outcome.Error ?? "The workflow refused to publish it.";
    }
}
