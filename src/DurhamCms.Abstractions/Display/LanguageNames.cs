using System.Globalization;

namespace DurhamCms.Display;

/// <summary>
/// A culture's language named in that language ("Español", "English"): how its speakers look for it
/// in a switch, a badge or a button, so it needs no translation.
/// </summary>
public static class LanguageNames
{
    public static string Native(string culture)
    {
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            var language = info.IsNeutralCulture ? info : info.Parent;
            return info.TextInfo.ToTitleCase(language.NativeName);
        }
        catch (CultureNotFoundException)
        {
            return culture;
        }
    }
}
