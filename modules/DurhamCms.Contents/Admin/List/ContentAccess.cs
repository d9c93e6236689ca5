using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Contents.Admin.List;

/// <summary>
/// Per-item permission checks from the columns of a version (type and owner), so the list can
/// say which rows a user may edit without loading documents.
/// </summary>
public sealed class ContentAccess(IAuthorizationService authorization)
{
    public Task<bool> MayEditAsync(ClaimsPrincipal user, string contentType, string? owner) =>
        authorization.AuthorizeAsync(user, ContentPermissions.EditOwn(contentType), Stub(contentType, owner));

    public Task<bool> MayPublishAsync(ClaimsPrincipal user, string contentType, string? owner) =>
        authorization.AuthorizeAsync(user, ContentPermissions.PublishOwn(contentType), Stub(contentType, owner));

    public Task<bool> MayCreateAsync(ClaimsPrincipal user, string contentType, string? userId) =>
        authorization.AuthorizeAsync(user, ContentPermissions.EditOwn(contentType), Stub(contentType, userId));

    /// <summary>The permission handler reads only the type and the owner of the resource.</summary>
    private static ContentItem Stub(string contentType, string? owner) => new() { ContentType = contentType, Owner = owner };
}
