using System.Net;
using System.Text.RegularExpressions;

namespace DurhamCms.ContentFields.Diff;

/// <summary>
/// The words a resident reads in an HTML fragment, one line per block, so that a diff shows what
/// changed in the text rather than in the markup. The result is only ever shown encoded.
/// </summary>
public static partial class HtmlText
{
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = Invisible().Replace(html, " ");
        text = ListItem().Replace(text, "\n• ");
        text = BlockBoundary().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<br\s*/?>|</?(p|div|h[1-6]|ul|ol|li|table|tr|blockquote|pre|section|article|header|footer|figure|figcaption|dl|dt|dd)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();
}
