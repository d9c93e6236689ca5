using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Editors;

namespace DurhamCms.ContentFields.Handlers;

/// <summary>
/// Sanitizes HtmlFields before they are stored, from the editor, the API or a recipe alike. HTML
/// over its length cap is left alone: validation refuses it, and parsing 100 MB would take minutes.
/// </summary>
public sealed class HtmlFieldSanitizingHandler(IHtmlSanitizerService sanitizer) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => SanitizeAsync(context);
    public override Task UpdatingAsync(ContentContext context) => SanitizeAsync(context);
    public override Task ImportingAsync(ContentContext context) => SanitizeAsync(context);

    private Task SanitizeAsync(ContentContext context)
    {
        foreach (var part in context.Definition?.Parts ?? [])
        {
            var fields = part.PartDefinition.Fields.Where(f => f.FieldName == nameof(HtmlField) && f.GetSettings<HtmlFieldSettings>().SanitizeHtml);
            foreach (var field in fields)
            {
                if (context.ContentItem.GetPartJson(part.Name)?[field.Name] is JsonObject json
                    && json[nameof(HtmlField.Html)] is JsonValue value
                    && value.TryGetValue<string>(out var html)
                    && html.Length <= EditorLimits.RichText)
                {
                    json[nameof(HtmlField.Html)] = sanitizer.Sanitize(html);
                }
            }
        }

        return Task.CompletedTask;
    }
}
