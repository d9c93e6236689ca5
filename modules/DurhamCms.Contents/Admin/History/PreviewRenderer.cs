using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Display;
using DurhamCms.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DurhamCms.Contents.Admin.History;

/// <summary>
/// Renders a version exactly as residents would get it (the public layout and the same
/// name-chosen Detail view as <see cref="Controllers.ItemController"/>), then marks the page as
/// a preview: a banner at the top of the main content and a noindex for robots.
/// </summary>
public sealed class PreviewRenderer(ContentViewLocator views, ICompositeViewEngine viewEngine, IContentDefinitionManager definitions, IModelMetadataProvider metadata)
{
    public const string DraftBanner = "Preview of a draft — not public";
    public const string PublishedBanner = "Preview of the published version";

    /// <summary>The page's HTML, or null when no view shows items of this type.</summary>
    public async Task<string?> RenderAsync(ControllerContext context, ITempDataDictionary tempData, ContentItem item, string editUrl, ContentItem? banner = null)
    {
        var path = views.FindViewPath(context, item.ContentType, "Detail");
        if (path is null)
        {
            return null;
        }

        var view = viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true).View!;
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var viewData = new ViewDataDictionary<ContentItemViewModel>(metadata, new ModelStateDictionary())
        {
            Model = new ContentItemViewModel(item, definition, "Detail"),
        };
        await using var writer = new StringWriter();
        var viewContext = new ViewContext(context, view, viewData, tempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return MarkAsPreview(writer.ToString(), banner ?? item, editUrl);
    }

    public static string MarkAsPreview(string html, ContentItem item, string editUrl)
    {
        var text = item.Published ? PublishedBanner : DraftBanner;
        var banner =
            "<div class=\"preview-banner\" role=\"note\" aria-label=\"Preview\" style=\"background:#ffbf47;color:#1b1b1b;border:2px solid #1b1b1b;padding:.6rem 1rem;margin:1rem 0;font-weight:600\">" +
            $"{WebUtility.HtmlEncode(text)}. <a href=\"{WebUtility.HtmlEncode(editUrl)}\" style=\"color:#1b1b1b\">Back to the editor</a></div>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head >= 0)
        {
            html = html.Insert(head, "<meta name=\"robots\" content=\"noindex, nofollow\">");
        }

        var at = AfterOpeningTag(html, "<main") ?? AfterOpeningTag(html, "<body");
        return at is { } position ? html.Insert(position, banner) : banner + html;
    }

    private static int? AfterOpeningTag(string html, string tag)
    {
        var start = html.IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var end = html.IndexOf('>', start);
        return end < 0 ? null : end + 1;
    }
}
