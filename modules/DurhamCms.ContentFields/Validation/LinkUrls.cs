namespace DurhamCms.ContentFields.Validation;

/// <summary>
/// Which link addresses content may hold. One rule for validation and display, so a link
/// stored before the rule existed is still not rendered as a live script URL.
/// </summary>
public static class LinkUrls
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static readonly string[] AllowedTargets = ["_blank", "_self", "_parent", "_top"];

    /// <summary>
    /// True for web, mail and phone addresses and for paths on this site. Browsers ignore
    /// tabs, newlines and leading spaces inside a scheme ("java\tscript:"), so those are
    /// dropped before the scheme is read.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme || AllowedSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
