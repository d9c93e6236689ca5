using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Publishing;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
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

        var outcome = await publishing.PublishAsync(item, User);
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

        await contents.UnpublishAsync(item);
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
