using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using DurhamCms.Recipes;

namespace DurhamCms.Parts.Handlers;

/// <summary>
/// Sanitizes the HTML body before it is stored, with the same sanitizer as HtmlField, when the
/// type's HtmlBodyPart setting says so (on by default, as in Orchard). A recipe's import is told
/// what was removed, item by item, instead of losing it silently.
/// </summary>
public sealed class HtmlBodyPartHandler(IHtmlSanitizerService sanitizer, ContentImportJournal? journal = null) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => SanitizeAsync(context, importing: false);
    public override Task UpdatingAsync(ContentContext context) => SanitizeAsync(context, importing: false);
    public override Task ImportingAsync(ContentContext context) => SanitizeAsync(context, importing: true);

    private Task SanitizeAsync(ContentContext context, bool importing)
    {
        if (context.FindPart(nameof(HtmlBodyPart)) is { } typePart
            && typePart.GetSettings<HtmlBodyPartSettings>().SanitizeHtml
            && context.ContentItem.GetPartJson(typePart.Name) is { } json
            && json[nameof(HtmlBodyPart.Html)] is JsonValue value
            && value.TryGetValue<string>(out var html))
        {
            if (importing && journal is { Active: true })
            {
                json[nameof(HtmlBodyPart.Html)] = sanitizer.Sanitize(html, out var removed);
                if (removed.Count > 0)
                {
                    journal.Note($"{typePart.Name}.{nameof(HtmlBodyPart.Html)}: the sanitizer removed {string.Join(", ", removed)} (the part's SanitizeHtml setting is on).");
                }
            }
            else
            {
                json[nameof(HtmlBodyPart.Html)] = sanitizer.Sanitize(html);
            }
        }

        return Task.CompletedTask;
    }
}
