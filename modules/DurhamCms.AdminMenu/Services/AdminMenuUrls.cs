using System.Text.RegularExpressions;

namespace DurhamCms.AdminMenu.Services;

/// <summary>
/// An admin menu link as this site serves it. Orchard writes links relative to its admin prefix
/// ("Admin/Contents/ContentItems/{id}/Edit"); those for the content list and an item's editor
/// become ours. Any other link is kept as a site path or an http(s) address; anything else
/// (<c>javascript:</c>, <c>//host</c>) is no link at all, because the menu is shown inside the admin.
/// </summary>
public static partial class AdminMenuUrls
{
    public static string? Translate(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            return absolute.Scheme is "http" or "https" ? absolute.ToString() : null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\') || url.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var path = "/" + url.TrimStart('/');
        var item = OrchardItemLink().Match(path);
        if (item.Success)
        {
            return $"/admin/contents/{item.Groups["id"].Value.ToLowerInvariant()}/edit";
        }

        return OrchardContentList().IsMatch(path) ? "/admin/contents" : path;
    }

    [GeneratedRegex(@"^/admin/contents/contentitems/(?<id>[0-9a-z]{26})(/(display|edit))?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrchardItemLink();

    [GeneratedRegex(@"^/admin/contents/contentitems/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrchardContentList();
}
