namespace DurhamCms.ContentFields.Services;

/// <summary>The site's one HTML sanitizer, shared by HtmlField, HtmlBodyPart and Markdown output.</summary>
public interface IHtmlSanitizerService
{
    string Sanitize(string html);

    /// <summary>Sanitizes and says what was taken out ("&lt;script&gt;", "the onclick attribute of &lt;a&gt;"), for an import's report.</summary>
    string Sanitize(string html, out IReadOnlyList<string> removed);
}
