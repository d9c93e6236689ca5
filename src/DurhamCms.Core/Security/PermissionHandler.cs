using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Security;

/// <summary>
/// Answers permission requirements from the roles document (Orchard's shape): a user holds what
/// their roles hold, plus what the "Authenticated" (or "Anonymous") role holds. A permission is
/// also held through anything that implies it. The "Own" type permissions hold for an item only
/// when the user owns it, or a module's <see cref="IContentEditorGrant"/> lets the user work on its
/// drafts; for someone else's item the full permission is needed.
/// </summary>
internal sealed class PermissionHandler(IDocumentStore documents, IEnumerable<IContentEditorGrant> grants) : AuthorizationHandler<PermissionRequirement>
{
    public const string AdministratorRole = "Administrator";
    public const string AuthenticatedRole = "Authenticated";
    public const string AnonymousRole = "Anonymous";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var roles = user.FindAll(user.Identities.FirstOrDefault()?.RoleClaimType ?? ClaimTypes.Role).Select(c => c.Value)
            .Append(signedIn ? AuthenticatedRole : AnonymousRole)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (signedIn && roles.Contains(AdministratorRole))
        {
            context.Succeed(requirement);
            return;
        }

        var held = await HeldPermissionsAsync(roles);
        if (held.Contains(StandardPermissions.SiteOwner.Name))
        {
            context.Succeed(requirement);
            return;
        }

        var permission = requirement.Permission;
        if (context.Resource is ContentItem item && !IsOwner(user, item)
            && !(ContentEditorGrants.Covers(permission, item.ContentType) && await grants.AnyAsync(user, item)))
        {
            permission = ContentPermissions.ForOthers(permission, item.ContentType);
        }

        if (Grants(held, permission, depth: 0))
        {
            context.Succeed(requirement);
        }
    }

    public static bool IsOwner(ClaimsPrincipal user, ContentItem item)
    {
        if (string.IsNullOrEmpty(item.Owner) || user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        // Orchard stores the owner's user id; older content holds the user name.
        return string.Equals(item.Owner, user.FindFirstValue(ClaimTypes.NameIdentifier), StringComparison.Ordinal)
            || string.Equals(item.Owner, user.Identity.Name, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Grants(HashSet<string> held, Permission permission, int depth) =>
        held.Contains(permission.Name) || (depth < 8 && permission.ImpliedBy.Any(p => Grants(held, p, depth + 1)));

    // The handler is scoped: a page that checks many permissions (the admin menu, a content
    // list's links) reads the roles document once per request, not once per check.
    private RolesDocument? _roles;

    private async Task<HashSet<string>> HeldPermissionsAsync(HashSet<string> roles)
    {
        var document = _roles ??= await documents.GetAsync<RolesDocument>(RolesDocument.DocumentKey);
        return document.Roles
            .Where(r => roles.Contains(r.RoleName))
            .SelectMany(r => r.RoleClaims)
            .Where(c => c.ClaimType == RolesDocument.PermissionClaimType)
            .Select(c => c.ClaimValue)
            .ToHashSet(StringComparer.Ordinal);
    }
}
