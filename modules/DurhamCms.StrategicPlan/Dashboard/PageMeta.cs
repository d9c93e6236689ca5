using System.Net;
using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>What a page tells the layout for its canonical link and social cards (ViewData keys the theme reads).</summary>
public static partial class PageMeta
{
    public const string Description = "Description";
    /// <summary>The page's absolute URL, on the configured public base URL (DurhamCms:PublicBaseUrl) like the sitemap's.</summary>
    public const string CanonicalUrl = "CanonicalUrl";
    public const string OgType = "OgType";

    /// <summary>Social cards cut descriptions near here; a longer one is trimmed at a word.</summary>
    private const int MaxDescriptionLength = 200;

    /// <summary>Plain, short text from a field's HTML.</summary>
    public static string? Summary(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        if (text.Length <= MaxDescriptionLength)
        {
            return text.Length == 0 ? null : text;
        }

        var cut = text.LastIndexOf(' ', MaxDescriptionLength);
        return text[..(cut > 0 ? cut : MaxDescriptionLength)] + "…";
    }

    /// <summary>The item's own route ("/priorities/x"), whichever URL it was reached by.</summary>
    public static string? RoutePath(ContentItem item) =>
        item.GetPartJson("AutoroutePart")?["Path"] is { } path && path.GetValueKind() == System.Text.Json.JsonValueKind.String && path.GetValue<string>() is { Length: > 0 } p
            ? "/" + p.TrimStart('/')
            : null;

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
