using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.Search.Contributors;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// The words of an item as a resident reads them: the body of every body part (HtmlBodyPart,
/// MarkdownBodyPart) and every text, HTML and Markdown field of every part, in Orchard's shapes
/// whichever module defines the type; HTML tags dropped and entities decoded. Paths, ids and
/// numbers stay out of full text.
/// </summary>
internal sealed partial class ContentText : ISearchDocumentContributor
{
    // Orchard's field shapes keep their words under these names.
    private static readonly string[] TextProperties = ["Text", "Html", "Markdown"];

    /// <summary>
    /// Text fields shorter than this are labels (a number, a state, a department, a date):
    /// searchable, but not the prose a snippet should quote.
    /// </summary>
    private const int ProseLength = 60;

    public Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct)
    {
        foreach (var document in batch.Documents)
        {
            foreach (var (name, part) in document.Item.Content)
            {
                // The title is indexed as DisplayText; a route path is not words.
                if (part is JsonObject json && name is not ("TitlePart" or "AutoroutePart"))
                {
                    Add(json, document);
                    foreach (var (_, field) in json)
                    {
                        if (field is JsonObject value)
                        {
                            Add(value, document);
                        }
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    public static string PlainFromHtml(string html) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();

    /// <summary>The words a part (its body) or a field keeps under Orchard's names.</summary>
    private static void Add(JsonObject value, SearchDocument document)
    {
        foreach (var property in TextProperties)
        {
            if (value[property] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s)
            {
                document.AddText(property == "Html" ? PlainFromHtml(s) : s, quotable: property != "Text" || s.Length >= ProseLength);
            }
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
