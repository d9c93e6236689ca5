using DurhamCms.Caching;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Display;
using DurhamCms.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.Contents.Controllers;

/// <summary>Residents' view of published items: by route path, or by id.</summary>
public sealed class ItemController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IEnumerable<IContentRouteResolver> routes,
    ContentViewLocator views,
    IEnumerable<IContentTemplateOverride> templates,
    IEnumerable<IContentDisplayOverlay> overlays) : Controller
{
    [HttpGet("contents/{contentItemId}")]
    [OutputCache(PolicyName = PageCachePolicies.ContentItem)]
    public async Task<IActionResult> Display(string contentItemId)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Published);
        return item is null ? NotFound() : await RenderAsync(item, "Detail");
    }

    [OutputCache(PolicyName = PageCachePolicies.ContentItem)]
    public async Task<IActionResult> DisplayByPath()
    {
        var path = (Request.Path.Value ?? "").Trim('/');
        if (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method))
        {
            foreach (var resolver in routes)
            {
                var id = await resolver.FindPublishedContentItemIdAsync(path);
                if (id is not null && await contentManager.GetAsync(id, VersionOptions.Published) is { } item)
                {
                    return await RenderAsync(item, "Detail");
                }
            }
        }

        return NotFound();
    }

    private async Task<IActionResult> RenderAsync(ContentItem item, string displayType)
    {
        foreach (var overlay in overlays)
        {
            item = await overlay.OverlayAsync(item, displayType);
        }

        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        foreach (var template in templates)
        {
            if (await template.RenderAsync(item, displayType, HttpContext.RequestAborted) is { } html)
            {
                return View("~/Views/Content/Content.Template.cshtml", new ContentTemplateViewModel(item, html));
            }
        }

        var viewPath = views.FindViewPath(ControllerContext, item.ContentType, displayType);
        return viewPath is null
            ? Problem($"No view shows {item.ContentType} items.", statusCode: 500)
            : View(viewPath, new ContentItemViewModel(item, definition, displayType));
    }
}
