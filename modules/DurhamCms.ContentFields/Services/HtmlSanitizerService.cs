using Ganss.Xss;

namespace DurhamCms.ContentFields.Services;

/// <summary>
/// Configured once and never changed afterwards, which is what makes the shared HtmlSanitizer
/// safe to call from many requests at once.
/// </summary>
public sealed class HtmlSanitizerService : IHtmlSanitizerService
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();

        // As Orchard: themes style content by class; a form inside content could post anywhere.
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedTags.Remove("form");

        // Layout CSS let an Author cover the page (position:fixed, z-index) with a fake sign-in box.
        // Only what aligns or decorates text stays; the theme does the layout.
        _sanitizer.AllowedCssProperties.Clear();
        foreach (var property in HarmlessCssProperties)
        {
            _sanitizer.AllowedCssProperties.Add(property);
        }

        _sanitizer.AllowedAtRules.Clear();

        // Editors link to email addresses and phone numbers; http/https are allowed already.
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    /// <summary>The CSS properties a style attribute in authored HTML may keep.</summary>
    public static IReadOnlyList<string> HarmlessCssProperties { get; } = ["text-align", "font-weight", "font-style", "text-decoration"];

    public string Sanitize(string html) => string.IsNullOrEmpty(html) ? html : _sanitizer.Sanitize(html);
}
