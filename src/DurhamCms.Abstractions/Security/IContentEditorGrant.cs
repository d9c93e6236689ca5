using System.Security.Claims;
using DurhamCms.ContentManagement;

namespace DurhamCms.Security;

/// <summary>
/// Lets a module name people who work on an item's drafts as its owner would, though someone else
/// created it (the plan's measure owners and reporters). Asked only for the "own" permissions to
/// edit, preview and submit drafts (<see cref="ContentEditorGrants.Covers"/>): never to publish or delete.
/// The user still needs the role's own permission (an Author's EditOwn_X).
/// </summary>
public interface IContentEditorGrant
{
    Task<bool> MayWorkOnAsync(ClaimsPrincipal user, ContentItem item);
}

public static class ContentEditorGrants
{
    /// <summary>The own permissions a grant stands in for: EditOwn_X and ViewOwnDraft_X (a workflow's own submit asks <see cref="AnyAsync"/> itself).</summary>
    public static bool Covers(Permission permission, string type) =>
        permission.Name == ContentPermissions.EditOwn(type).Name || permission.Name == ContentPermissions.ViewOwnDraftOf(type).Name;

    public static async Task<bool> AnyAsync(this IEnumerable<IContentEditorGrant> grants, ClaimsPrincipal user, ContentItem item)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        foreach (var grant in grants)
        {
            if (await grant.MayWorkOnAsync(user, item))
            {
                return true;
            }
        }

        return false;
    }
}
