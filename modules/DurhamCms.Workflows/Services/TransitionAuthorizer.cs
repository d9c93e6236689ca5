using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Security;
using DurhamCms.Workflows.Definitions;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Workflows.Services;

/// <summary>May this user take this transition on this item? Checked for the buttons and again when taken.</summary>
public sealed class TransitionAuthorizer(IAuthorizationService authorization, IEnumerable<IContentEditorGrant> grants)
{
    public async Task<bool> MayTakeAsync(ClaimsPrincipal user, EditorialTransitionDefinition transition, ContentItem item)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (await authorization.AuthorizeAsync(user, Permissions.Resolve(transition.Permission, item.ContentType), item))
        {
            return true;
        }

        // The "own" permission holds only on the user's own items (or those a module lets the user
        // work on, such as a measure's reporters); the kernel's handler knows only the content
        // permissions' own forms, so ownership is checked here.
        return !string.IsNullOrWhiteSpace(transition.OwnPermission)
            && (IsOwner(user, item) || await grants.AnyAsync(user, item))
            && await authorization.AuthorizeAsync(user, Permissions.Resolve(transition.OwnPermission, item.ContentType));
    }

    public Task<bool> MayPublishAsync(ClaimsPrincipal user, ContentItem item) =>
        authorization.AuthorizeAsync(user, ContentPermissions.Publish(item.ContentType), item);

    public Task<bool> MayReviewAsync(ClaimsPrincipal user, EditorialWorkflowDefinition definition, string contentType) =>
        authorization.AuthorizeAsync(user, Permissions.Resolve(definition.ReviewPermission, contentType));

    /// <summary>The workflow's types this user may review: the review queue shows these, and none means no queue.</summary>
    public async Task<List<string>> ReviewableTypesAsync(ClaimsPrincipal user, EditorialWorkflowDefinition definition)
    {
        var reviewable = new List<string>();
        foreach (var type in definition.ContentTypes)
        {
            if (await MayReviewAsync(user, definition, type))
            {
                reviewable.Add(type);
            }
        }

        return reviewable;
    }

    /// <summary>Orchard stores the owner's user id; older content holds the user name.</summary>
    public static bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        !string.IsNullOrEmpty(item.Owner)
        && (string.Equals(item.Owner, user.FindFirstValue(ClaimTypes.NameIdentifier), StringComparison.Ordinal)
            || string.Equals(item.Owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase));
}
