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
/// Renders a stored template in place of an item's view: a site template for public views (Detail,
/// Summary), an admin template for the admin's (SummaryAdmin). The item is <c>Model.ContentItem</c>
/// (and <c>ContentItem</c>), as in Orchard; output is HTML-encoded unless the template says
/// <c>| raw</c>. A template that does not parse or fails while rendering is logged and the normal
/// view is shown: a mistake in a template never breaks the page.
/// </summary>
internal sealed partial class ContentTemplateOverride(
    IDocumentStore documents, IContentManager contentManager, LiquidTemplateCache cache, ILogger<ContentTemplateOverride> logger) : IContentTemplateOverride
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public async Task<string?> RenderAsync(ContentItem item, string displayType, CancellationToken cancellationToken = default)
    {
        var stored = await StoredAsync(displayType);
        return TemplateShapes.Find(stored.Templates.ContainsKey, item.ContentType, displayType) is { } shape
            ? await RenderAsync(stored.Templates[shape], shape, item)
            : null;
    }

    public async Task<IReadOnlyDictionary<string, string>> RenderManyAsync(
        IReadOnlyCollection<ContentListEntry> items, string displayType, VersionOptions versions, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
        {
            return None;
        }

        var stored = await StoredAsync(displayType);
        var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in items.Select(i => i.ContentType).Distinct(StringComparer.Ordinal))
        {
            if (TemplateShapes.Find(stored.Templates.ContainsKey, type, displayType) is { } shape)
            {
                shapes[type] = shape;
            }
        }

        if (shapes.Count == 0)
        {
            return None;
        }

        var ids = items.Where(i => shapes.ContainsKey(i.ContentType)).Select(i => i.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in await contentManager.GetManyAsync(ids, versions))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (shapes.TryGetValue(item.ContentType, out var shape) && await RenderAsync(stored.Templates[shape], shape, item) is { } html)
            {
                rendered[item.ContentItemId] = html;
            }
        }

        return rendered;
    }

    private Task<TemplatesDocument> StoredAsync(string displayType) =>
        documents.GetAsync<TemplatesDocument>(TemplateShapes.IsAdmin(displayType) ? TemplatesDocument.AdminKey : TemplatesDocument.SiteKey);

    private async Task<string?> RenderAsync(TemplateEntry entry, string shape, ContentItem item)
    {
        if (!cache.TryGet(entry.Content, out var template, out var error))
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
