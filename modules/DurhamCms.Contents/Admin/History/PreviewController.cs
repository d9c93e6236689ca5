using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DurhamCms.Contents.Admin.History;

/// <summary>A draft (the latest version, or one chosen from the versions page) as residents would see it once published.</summary>
[Admin]
public sealed class PreviewController(IContentManager contentManager, HistoryAccess access, PreviewRenderer renderer, IEnumerable<IContentPreviewContext> contexts) : Controller
{
    [HttpGet("/admin/contents/{id}/preview")]
    public async Task<IActionResult> Preview(string id, string? version = null)
    {
        // Drafts change with every save and are for the eyes of those allowed: never stored by any cache.
        Response.Headers[HeaderNames.CacheControl] = "no-store, max-age=0";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";

        var latest = await contentManager.GetAsync(id, VersionOptions.Latest);
        var item = version is null ? latest : await contentManager.GetVersionAsync(version);
        if (item is null || item.ContentItemId != id)
        {
            return NotFound();
        }

        if (!await access.CanViewDraftsAsync(User, latest ?? item))
        {
            return Forbid();
        }

        var html = await renderer.RenderAsync(ControllerContext, TempData, item, HistoryUrls.Edit(id));
        foreach (var context in contexts)
        {
            if (html is not null)
            {
                break;
            }

            // No page of its own: the page it appears on, with this version in place.
            if (await context.PageShowingAsync(item) is { } page)
            {
                html = await renderer.RenderAsync(ControllerContext, TempData, page, HistoryUrls.Edit(id), banner: item);
            }
        }

        return html is null
            ? Problem($"No view shows {item.ContentType} items.", statusCode: 500)
            : Content(html, "text/html; charset=utf-8");
    }
}
