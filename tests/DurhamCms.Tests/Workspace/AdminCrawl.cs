using System.Net;
using System.Text.RegularExpressions;

namespace DurhamCms.Tests.Workspace;

/// <summary>
/// Walks the admin from its menu: every <c>/admin…</c> link on every page reached, one page per
/// route shape (ids and query strings aside), so a new page is crawled without being listed here.
/// </summary>
public static partial class AdminCrawl
{
    // Generous: the admin has about two dozen page shapes; the cap only stops a runaway crawl.
    private const int MaxPages = 80;

    /// <summary>The admin pages reached from <c>/admin</c>, in the order visited, each with its HTML.</summary>
    public static async Task<IReadOnlyList<(string Url, string Html)>> PagesAsync(Func<string, Task<string?>> open)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(["/admin"]);
        var pages = new List<(string, string)>();
        seen.Add(Shape("/admin"));
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var url = queue.Dequeue();
            if (await open(url) is not { } html)
            {
                continue;
            }

            pages.Add((url, html));
            foreach (Match link in AdminLink().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!IsPage(href) || !seen.Add(Shape(href)))
                {
                    continue;
                }

                queue.Enqueue(href);
            }
        }

        return pages;
    }

    /// <summary>The page's visible text: tags, scripts and styles removed, entities decoded.</summary>
    public static string Text(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyle().Replace(html, " "), " "));

    private static bool IsPage(string href) =>
        !href.StartsWith("/admin/assets/", StringComparison.OrdinalIgnoreCase) && !href.Contains('#', StringComparison.Ordinal);

    private static string Shape(string href) => ItemId().Replace(href.Split('?')[0].TrimEnd('/'), "{id}");

    [GeneratedRegex("href=\"(/admin(?:[/?][^\"]*)?)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AdminLink();

    // Item, version and user ids (26-character Orchard ids and GUID-like ids) and numbers.
    [GeneratedRegex("(?<=/)([0-9a-z]{26}|[0-9a-f-]{32,36}|[0-9]+)(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemId();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<(script|style)\\b.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();
}
