using System.Text.Encodings.Web;
using DurhamCms.ContentManagement;
using DurhamCms.Display;
using DurhamCms.Documents;
using DurhamCms.Parts.Liquid;
using DurhamCms.Templates.Models;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Templates.Services;

/// <summary>
/// Renders a stored site template in place of an item's view. The item is <c>Model.ContentItem</c>
/// (and <c>ContentItem</c>), as in Orchard; output is HTML-encoded unless the template says
/// <c>| raw</c>. A template that does not parse or fails while rendering is logged and the normal
/// view is shown: a mistake in a template never breaks the page.
/// </summary>
internal sealed partial class ContentTemplateOverride(IDocumentStore documents, LiquidTemplateCache cache, ILogger<ContentTemplateOverride> logger) : IContentTemplateOverride
{
    public async Task<string?> RenderAsync(ContentItem item, string displayType, CancellationToken cancellationToken = default)
    {
        var stored = await documents.GetAsync<TemplatesDocument>(TemplatesDocument.SiteKey);
        var shape = TemplateShapes.For(item.ContentType, displayType).FirstOrDefault(stored.Templates.ContainsKey);
        if (shape is null || (displayType != "Detail" && !shape.StartsWith($"Content_{displayType}__", StringComparison.Ordinal)))
        {
            return null;
        }

        if (!cache.TryGet(stored.Templates[shape].Content, out var template, out var error))
        {
            LogUnparsable(logger, shape, error);
            return null;
        }

        var context = new TemplateContext(cache.Options);
        var contentItem = JsonFluidValues.FromContentItem(item);
        context.SetValue("ContentItem", contentItem);
        context.SetValue("Model", new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase) { ["ContentItem"] = contentItem })));
        try
        {
            return await template.RenderAsync(context, HtmlEncoder.Default);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure of an admin's template (a step budget spent, a bad filter argument) falls back to the view.
            LogFailed(logger, ex, shape, item.ContentItemId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The template {Shape} is not valid Liquid ({Error}); the normal view was shown.")]
    private static partial void LogUnparsable(ILogger logger, string shape, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The template {Shape} failed for item {ContentItemId}; the normal view was shown.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string shape, string contentItemId);
}
