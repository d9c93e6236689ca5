using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Localization.Services;

namespace DurhamCms.Localization.Admin;

/// <summary>What the edit page shows of an item's languages.</summary>
public sealed record TranslationPanelModel(
    string ContentItemId,
    string Culture,
    IReadOnlyList<(string Culture, string? ContentItemId)> Others,
    ContentItem? Source,
    IReadOnlyList<(string Field, string Text)> SourceTexts);

/// <summary>
/// On a default-culture item: its language and a "Translate to …" button for each culture it has
/// no translation in. On a translation: the source it translates, with the source's text of each
/// field, so the translator reads the original while writing.
/// </summary>
public sealed partial class TranslationEditorPanel(ContentCultures cultures, LocalizedContentQuery localized) : IContentEditorPanel
{
    public async Task<IReadOnlyList<EditorPanel>> BuildAsync(EditorPanelContext context)
    {
        if (context.IsNew || ContentCultures.CultureOf(context.Item) is not { } culture)
        {
            return [];
        }

        var site = await cultures.GetAsync();
        if (site.IsDefault(culture))
        {
            var others = new List<(string, string?)>();
            foreach (var other in site.SupportedCultures.Where(c => !site.IsDefault(c)))
            {
                others.Add((other, (await localized.TranslationAsync(context.Item, other, latest: true))?.ContentItemId));
            }

            return [new EditorPanel(EditorPanelZone.Status, "~/Views/TranslationAdmin/_Panel.cshtml", new TranslationPanelModel(context.Item.ContentItemId, culture, others, null, []))];
        }

        var source = await localized.SourceAsync(context.Item, latest: true);
        var model = new TranslationPanelModel(context.Item.ContentItemId, culture, [], source, source is null ? [] : TextsOf(source));
        return [new EditorPanel(EditorPanelZone.Status, "~/Views/TranslationAdmin/_Panel.cshtml", model)];
    }

    /// <summary>The title and every text or HTML field of the item, as plain text, in the order stored.</summary>
    public static IReadOnlyList<(string Field, string Text)> TextsOf(ContentItem item)
    {
        var texts = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(item.DisplayText))
        {
            texts.Add(("Title", item.DisplayText));
        }

        foreach (var (_, part) in item.Content)
        {
            if (part is not JsonObject fields)
            {
                continue;
            }

            foreach (var (name, field) in fields)
            {
                foreach (var property in new[] { "Text", "Html", "Unit" })
                {
                    if (field is JsonObject f && f[property] is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
                    {
                        texts.Add((property == "Unit" ? $"{name} (unit)" : name, Tags().Replace(text, " ").Trim()));
                    }
                }
            }
        }

        return texts;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
