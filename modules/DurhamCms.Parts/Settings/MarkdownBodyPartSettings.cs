namespace DurhamCms.Parts.Settings;

public sealed class MarkdownBodyPartSettings
{
    /// <summary>Markdown may carry raw HTML; its rendered output is sanitized unless turned off.</summary>
    public bool SanitizeHtml { get; set; } = true;
}
