using Microsoft.AspNetCore.Html;

namespace DurhamCms.Contents.Admin.History.Diff;

/// <summary>
/// Writes diff runs as HTML with no whitespace of its own (the text is shown pre-wrapped, so a
/// stray newline from a template would show as a line break). Added and removed runs carry a
/// visually hidden "[added: …]" / "[removed: …]" so that colour is never the only sign.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Spans(IEnumerable<DiffSpan> spans)
    {
        var html = new HtmlContentBuilder();
        foreach (var span in spans)
        {
            html.AppendHtml(Span(span));
        }

        return html;
    }

    public static IHtmlContent Span(DiffSpan span) => span.Kind switch
    {
        DiffKind.Added => Marked("ins", "added", span.Text),
        DiffKind.Removed => Marked("del", "removed", span.Text),
        _ => new HtmlContentBuilder().Append(span.Text),
    };

    /// <summary>A single value before or after ("was" / "now").</summary>
    public static IHtmlContent Value(string tag, string word, string text) => Marked(tag, word, text);

    private static IHtmlContent Marked(string tag, string word, string text) =>
        new HtmlContentBuilder()
            .AppendHtml($"<{tag}><span class=\"visually-hidden\">[{word}: </span>")
            .Append(text)
            .AppendHtml($"<span class=\"visually-hidden\">]</span></{tag}>");
}
