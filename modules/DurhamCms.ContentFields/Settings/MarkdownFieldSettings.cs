namespace DurhamCms.ContentFields.Settings;

public sealed class MarkdownFieldSettings
{
    public string? Hint { get; set; }

    /// <summary>Markdown may carry raw HTML, so its rendered output is sanitized unless turned off.</summary>
    public bool SanitizeHtml { get; set; } = true;
}
