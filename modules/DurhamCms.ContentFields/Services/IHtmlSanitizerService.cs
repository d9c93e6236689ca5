namespace DurhamCms.ContentFields.Services;

/// <summary>The site's one HTML sanitizer, shared by HtmlField, HtmlBodyPart and Markdown output.</summary>
public interface IHtmlSanitizerService
{
    string Sanitize(string html);
}
