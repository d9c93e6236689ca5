using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Editors;
using DurhamCms.Recipes;

namespace DurhamCms.ContentFields.Handlers;

/// <summary>
/// Sanitizes HtmlFields before they are stored, from the editor, the API or a recipe alike. HTML
/// over its length cap is left alone: validation refuses it, and parsing 100 MB would take minutes.
/// Only fields whose SanitizeHtml setting is on (Orchard's default) are sanitized, and a recipe's
/// import is told what was removed, item by item.
/// </summary>
public sealed class HtmlFieldSanitizingHandler(IHtmlSanitizerService sanitizer, ContentImportJournal? journal = null) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => SanitizeAsync(context, importing: false);
    public override Task UpdatingAsync(ContentContext context) => SanitizeAsync(context, importing: false);
    public override Task ImportingAsync(ContentContext context) => SanitizeAsync(context, importing: true);

    private Task SanitizeAsync(ContentContext context, bool importing)
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
                    if (importing && journal is { Active: true })
                    {
                        json[nameof(HtmlField.Html)] = sanitizer.Sanitize(html, out var removed);
                        if (removed.Count > 0)
                        {
                            journal.Note($"{part.Name}.{field.Name}: the sanitizer removed {string.Join(", ", removed)} (the field's SanitizeHtml setting is on).");
                        }
                    }
                    else
                    {
                        json[nameof(HtmlField.Html)] = sanitizer.Sanitize(html);
                    }
                }
            }
        }

        return Task.CompletedTask;
    }
}
