using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Contents.Admin.History;

/// <summary>
/// Who may see an item's drafts and history, and restore it. Ownership is judged on the item's
/// latest version (the one its owner works on), so an old version never grants or loses rights.
/// </summary>
public sealed class HistoryAccess(IAuthorizationService authorization)
{
    /// <summary>Preview, versions and diff show unpublished text: ViewDraft_{Type}, or ViewOwnDraft_{Type} on one's own item.</summary>
    public Task<bool> CanViewDraftsAsync(ClaimsPrincipal user, ContentItem item) =>
        authorization.AuthorizeAsync(user, ContentPermissions.ViewOwnDraftOf(item.ContentType), item);

    /// <summary>Restoring makes a new version: Edit_{Type} (EditOwn on one's own); for a type without drafts it publishes, so Publish too.</summary>
    public async Task<bool> CanRestoreAsync(ClaimsPrincipal user, ContentItem item, bool draftable) =>
        await authorization.AuthorizeAsync(user, ContentPermissions.EditOwn(item.ContentType), item)
        && (draftable || await authorization.AuthorizeAsync(user, ContentPermissions.PublishOwn(item.ContentType), item));
}
