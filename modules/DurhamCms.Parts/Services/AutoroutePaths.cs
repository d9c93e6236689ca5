namespace DurhamCms.Parts.Services;

/// <summary>What a route path may be. One set of rules for editors, the API and recipe imports.</summary>
public static class AutoroutePaths
{
    /// <summary>
    /// Long enough for any nested path an editor would type, and small enough to be indexed
    /// by every database we run on (PostgreSQL's btree limit is ~2700 bytes).
    /// </summary>
    public const int MaxLength = 1024;

    /// <summary>First segments the site's own endpoints answer (see the URL contract in DESIGN.md).</summary>
    public static readonly string[] ReservedPrefixes = ["admin", "api", "search", "health", "sitemap.xml"];

    /// <summary>Trimmed, without leading or trailing slashes: "/initiatives/x/" is stored as "initiatives/x".</summary>
    public static string Normalize(string? path) => (path ?? "").Trim().Trim('/');

    /// <summary>Generated paths also lose empty segments, which an empty slug in a pattern leaves behind.</summary>
    public static string NormalizeGenerated(string? path) =>
        string.Join('/', Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static bool IsReserved(string path)
    {
        var first = Normalize(path).Split('/')[0];
        return ReservedPrefixes.Contains(first, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Why a normalized path cannot be used, completing "The path 'x' ...", or null when it can.</summary>
    public static string? Problem(string path)
    {
        if (path.Length > MaxLength)
        {
            return $"is longer than {MaxLength} characters.";
        }

        if (path.Split('/').Any(segment => segment is "." or ".."))
        {
            return "may not contain '.' or '..' segments.";
        }

        if (path.Contains("//", StringComparison.Ordinal))
        {
            return "has an empty segment ('//').";
        }

        if (!path.All(IsUrlSafe))
        {
            return "may only contain letters a-z, digits, '-', '_', '.', '~' and '/'.";
        }

        if (IsReserved(path))
        {
            return $"starts with '{path.Split('/')[0]}', which the site uses for its own pages.";
        }

        return null;
    }

    // RFC 3986 unreserved characters plus '/': nothing a browser would percent-encode.
    private static bool IsUrlSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/';
}
