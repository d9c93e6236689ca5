using System.Globalization;

namespace DurhamCms.Localization.Routing;

/// <summary>
/// Pages of another culture than the default live under their language's prefix: "/es/…" is
/// es-US. The prefix is the culture's two-letter language, as residents read it in a link.
/// </summary>
public static class CulturePrefix
{
    /// <summary>The language segment a path starts with ("es" of "/es/iniciativas/…"), or null.</summary>
    public static string? LanguageOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length < 3 || path[0] != '/')
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        var segment = end < 0 ? path[1..] : path[1..end];
        return segment.Length == 2 && segment.All(char.IsAsciiLetterLower) ? segment : null;
    }

    /// <summary>"/es" for es-US; "" for the default culture, whose pages have no prefix.</summary>
    public static string For(string culture, string defaultCulture) =>
        string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase) ? "" : "/" + CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;
}
