using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Security;

/// <summary>The requirement the kernel's permission handler answers: the user holds the permission (for the resource, if given).</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

public static class AuthorizationServiceExtensions
{
    /// <summary>
    /// Does the user hold the permission? With a content item as resource, the "Own" forms of
    /// type permissions hold only when the user owns the item.
    /// </summary>
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission, object? resource = null) =>
        (await service.AuthorizeAsync(user, resource, new PermissionRequirement(permission))).Succeeded;
}
