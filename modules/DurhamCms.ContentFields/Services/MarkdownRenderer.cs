using Markdig;

namespace DurhamCms.ContentFields.Services;

/// <summary>Markdown to HTML for display. Markdown may carry raw HTML, so the output is sanitized unless told not to be.</summary>
public sealed class MarkdownRenderer(IHtmlSanitizerService sanitizer)
{
    // Built once: a Markdig pipeline is immutable and safe to share.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public string ToHtml(string? markdown, bool sanitize = true)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        return sanitize ? sanitizer.Sanitize(html) : html;
    }
}
