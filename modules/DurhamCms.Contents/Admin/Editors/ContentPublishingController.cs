using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Publishing;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Publish, unpublish and delete from the edit page. Publishing needs Publish_{Type} (or its
/// "Own" form for the user's own items), deleting Delete_{Type}: an Author posting here is refused.
/// The permission says who may; the site's <see cref="IContentPublishingPolicy"/> says how (at
/// once, or through a workflow's step when the type has one).
/// </summary>
[Admin]
[Route("admin/contents")]
public sealed class ContentPublishingController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    IContentPublishingPolicy publishing,
    ContentEditorPages pages,
    IAuthorizationService authorization) : Controller
{
    [HttpPost("{id}/publish")]
    public async Task<IActionResult> Publish(string id)
    {
        if (await LatestAsync(id) is not (var item, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.PublishOwn(definition.Name), item))
        {
            return Forbid();
        }

        PublishOutcome outcome;
        try
        {
            outcome = await publishing.PublishAsync(item, User);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            outcome = PublishOutcome.Conflict("Someone else saved or published this item at the same moment. Nothing of yours was lost: look at the item again, then publish if it still applies.");
        }

        if (outcome.LostRace)
        {
            return await ConflictPageAsync(id, definition, $"Not published. {outcome.Error}");
        }

        if (!outcome.Succeeded)
        {
            TempData["Notice"] = "Not published: " + outcome.Error;
            return RedirectToEdit(id);
        }

        TempData["Notice"] = $"Published: {item.DisplayText ?? definition.DisplayName}.";
        return RedirectToEdit(id);
    }

    [HttpPost("{id}/unpublish")]
    public async Task<IActionResult> Unpublish(string id)
    {
        if (await LatestAsync(id) is not (var item, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.PublishOwn(definition.Name), item))
        {
            return Forbid();
        }

        try
        {
            await contents.UnpublishAsync(item);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return await ConflictPageAsync(id, definition, "Not unpublished: someone else saved or published this item at the same moment. Nothing of yours was lost: look at the item again, then unpublish if it still applies.");
        }

        TempData["Notice"] = $"Unpublished: {item.DisplayText ?? definition.DisplayName}. Residents no longer see it; its latest version is kept as a draft.";
        return RedirectToEdit(id);
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        if (await LatestAsync(id) is not (var item, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.DeleteOwn(definition.Name), item))
        {
            return Forbid();
        }

        await contents.RemoveAsync(item);
        TempData["Notice"] = $"Deleted: {item.DisplayText ?? definition.DisplayName}. Its versions stay in the history.";
        return LocalRedirect("/admin/contents");
    }

    /// <summary>The editor's conflict page (409) on the item as it stands now.</summary>
    private async Task<IActionResult> ConflictPageAsync(string id, ContentTypeDefinition definition, string message)
    {
        var current = await contents.GetAsync(id, VersionOptions.Latest);
        if (current is null)
        {
            return NotFound();
        }

        var model = await pages.StepConflictAsync(current, definition, User, Request.HasFormContentType ? await Request.ReadFormAsync() : null, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(ContentEditorPages.ViewPath, model);
    }

    private async Task<(ContentItem, ContentTypeDefinition)?> LatestAsync(string id)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item
            || await definitions.GetTypeDefinitionAsync(item.ContentType) is not { } definition)
        {
            return null;
        }

        return (item, definition);
    }

    private Task<bool> MayAsync(Permission permission, ContentItem item) => authorization.AuthorizeAsync(User, permission, item);

    private LocalRedirectResult RedirectToEdit(string id) => LocalRedirect($"/admin/contents/{Uri.EscapeDataString(id)}/edit");
}
