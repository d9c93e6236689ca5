using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's MarkdownBodyPart: the body as Markdown, rendered and sanitized when displayed.</summary>
public sealed class MarkdownBodyPart : ContentPart
{
    public string? Markdown { get; set; }
}
