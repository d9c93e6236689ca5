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

        // Editors link to email addresses and phone numbers; http/https are allowed already.
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    public string Sanitize(string html) => string.IsNullOrEmpty(html) ? html : _sanitizer.Sanitize(html);
}
