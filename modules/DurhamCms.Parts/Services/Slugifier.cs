using System.Globalization;
using System.Text;

namespace DurhamCms.Parts.Services;

/// <summary>Text to a URL segment: "Shared Économic Prosperity!" -> "shared-economic-prosperity".</summary>
public static class Slugifier
{
    public const int MaxLength = 255;

    // Letters that do not decompose into a base letter plus accents.
    private static readonly Dictionary<char, string> Folded = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['ł'] = "l", ['þ'] = "th", ['ı'] = "i",
    };

    public static string Slugify(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var letters = char.IsAsciiLetterOrDigit(c) ? c.ToString() : Folded.GetValueOrDefault(c);
            if (letters is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(letters);
        }

        var slug = builder.ToString();
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }
}
