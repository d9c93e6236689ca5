using System.Diagnostics.CodeAnalysis;

namespace DurhamCms.Media.Services;

/// <summary>
/// Library paths: "folder/sub/name.ext", '/'-separated, no leading slash. A name that could leave
/// the store's root ("..", an absolute path, a backslash, a drive) or hide (".htaccess") is
/// refused, never cleaned up, so what is stored is what was asked for.
/// </summary>
public static class MediaPaths
{
    /// <summary>Resized copies live under this prefix in the store; no library path may start with it.</summary>
    public const string VariantsPrefix = "_variants/";

    private const int MaxSegment = 255;

    public static bool TryNormalizeFolder(string? folder, out string normalized, [NotNullWhen(false)] out string? problem)
    {
        normalized = "";
        problem = null;
        var text = (folder ?? "").Trim().Trim('/');
        if (text.Length == 0)
        {
            return true;
        }

        if (!TryCheck(text, "folder", out problem))
        {
            return false;
        }

        normalized = text;
        return true;
    }

    /// <summary>A file name joined to a folder, each checked; the problem names what was wrong.</summary>
    public static bool TryCombine(string? folder, string? fileName, out string path, [NotNullWhen(false)] out string? problem)
    {
        path = "";
        if (!TryNormalizeFolder(folder, out var normalizedFolder, out problem))
        {
            return false;
        }

        var name = (fileName ?? "").Trim();
        if (name.Length == 0)
        {
            problem = "The file has no name.";
            return false;
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            problem = $"The file name '{name}' contains a folder separator; give a plain name and choose the folder separately.";
            return false;
        }

        if (!TryCheck(name, "file name", out problem))
        {
            return false;
        }

        path = normalizedFolder.Length == 0 ? name : $"{normalizedFolder}/{name}";
        if (path.Length > Models.MediaItem.PathLength)
        {
            problem = $"The path '{path[..64]}…' is longer than {Models.MediaItem.PathLength} characters.";
            return false;
        }

        return true;
    }

    /// <summary>A whole path as given in a URL, a field or a recipe; false when it could leave the root.</summary>
    public static bool TryNormalizePath(string? path, out string normalized, [NotNullWhen(false)] out string? problem)
    {
        normalized = "";
        var text = (path ?? "").Trim();
        if (text.StartsWith("/media/", StringComparison.OrdinalIgnoreCase))
        {
            text = text["/media/".Length..];
        }

        var slash = text.LastIndexOf('/');
        return slash < 0
            ? TryCombine("", text, out normalized, out problem)
            : TryCombine(text[..slash], text[(slash + 1)..], out normalized, out problem);
    }

    public static string FolderOf(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Extension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant();

    public static string VariantPath(string path, int width) => $"{VariantsPrefix}w{width}/{path}";

    /// <summary>The public URL: each segment escaped, so a space or '#' in a name cannot break it.</summary>
    public static string Url(string path) => "/media/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static bool TryCheck(string text, string what, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (text.Contains('\\', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal) || text.StartsWith('/'))
        {
            problem = $"The {what} '{text}' is refused: it must not contain '\\' or ':' or start with '/'.";
            return false;
        }

        foreach (var segment in text.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                problem = $"The {what} '{text}' is refused: '..', '.' and empty folder names could reach outside the library.";
                return false;
            }

            if (segment.StartsWith('.') || segment.StartsWith('_'))
            {
                problem = $"The {what} '{text}' is refused: a name may not start with '.' or '_' (hidden and reserved names).";
                return false;
            }

            if (segment.Length > MaxSegment)
            {
                problem = $"The {what} '{segment[..32]}…' is longer than {MaxSegment} characters.";
                return false;
            }

            if (segment.Any(c => char.IsControl(c) || c is '<' or '>' or '"' or '|' or '?' or '*' or '#' or '%'))
            {
                problem = $"The {what} '{text}' contains a character names may not hold (< > \" | ? * # % or a control character).";
                return false;
            }
        }

        return true;
    }
}
