using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// The words of an item as a resident reads them: every text, HTML and Markdown field of every
/// part, HTML tags dropped and entities decoded. Paths, ids and numbers stay out of full text.
/// </summary>
public static partial class ContentText
{
    // Orchard's field shapes keep their words under these names.
    private static readonly string[] TextProperties = ["Text", "Html", "Markdown"];

    /// <summary>
    /// Text fields shorter than this are labels (a number, a status, a department, a period):
    /// searchable, but not the prose a snippet should quote.
    /// </summary>
    private const int ProseLength = 60;

    /// <summary>Every word of every text, HTML and Markdown field: what the full-text field indexes.</summary>
    public static string FullText(ContentItem item) => Collect(item, labels: true);

    /// <summary>The prose only (HTML, Markdown, long text fields): where snippets are cut from.</summary>
    public static string Prose(ContentItem item) => Collect(item, labels: false);

    private static string Collect(ContentItem item, bool labels)
    {
        var text = new StringBuilder();
        foreach (var (name, part) in item.Content)
        {
            // The title is indexed as DisplayText; a route path is not words.
            if (part is not JsonObject fields || name is "TitlePart" or "AutoroutePart")
            {
                continue;
            }

            Collect(fields, text, labels);
        }

        return text.ToString().Trim();
    }

    public static string PlainFromHtml(string html) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();

    private static void Collect(JsonObject part, StringBuilder text, bool labels)
    {
        foreach (var (_, field) in part)
        {
            if (field is not JsonObject value)
            {
                continue;
            }

            foreach (var property in TextProperties)
            {
                if (value[property] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s
                    && (labels || property != "Text" || s.Length >= ProseLength))
                {
                    text.Append(property == "Html" ? PlainFromHtml(s) : s).Append(' ');
                }
            }
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
