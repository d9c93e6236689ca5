using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Contents.Admin.History;

/// <summary>
/// Orchard's rule for the "who" of a version: the Owner stays the creator, the Author is whoever
/// saved (or restored) this version last. Only a signed-in request changes it; recipes, imports
/// and background tasks keep what the item says.
/// </summary>
public sealed class VersionAuthorHandler(IHttpContextAccessor http) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context)
    {
        context.ContentItem.Author ??= CurrentUserName();
        return Task.CompletedTask;
    }

    public override Task UpdatingAsync(ContentContext context) => StampAsync(context.ContentItem);

    public override Task RestoredAsync(ContentContext context) => StampAsync(context.ContentItem);

    private Task StampAsync(ContentItem item)
    {
        item.Author = CurrentUserName() ?? item.Author;
        return Task.CompletedTask;
    }

    private string? CurrentUserName() =>
        http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
}
