using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;

namespace DurhamCms.Parts.Handlers;

/// <summary>Sanitizes the HTML body before it is stored, with the same sanitizer as HtmlField.</summary>
public sealed class HtmlBodyPartHandler(IHtmlSanitizerService sanitizer) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => SanitizeAsync(context);
    public override Task UpdatingAsync(ContentContext context) => SanitizeAsync(context);
    public override Task ImportingAsync(ContentContext context) => SanitizeAsync(context);

    private Task SanitizeAsync(ContentContext context)
    {
        if (context.FindPart(nameof(HtmlBodyPart)) is { } typePart
            && typePart.GetSettings<HtmlBodyPartSettings>().SanitizeHtml
            && context.ContentItem.GetPartJson(typePart.Name) is { } json
            && json[nameof(HtmlBodyPart.Html)] is JsonValue value
            && value.TryGetValue<string>(out var html))
        {
            json[nameof(HtmlBodyPart.Html)] = sanitizer.Sanitize(html);
        }

        return Task.CompletedTask;
    }
}
