using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's HtmlBodyPart: the body as HTML, sanitized on save like an HtmlField.</summary>
public sealed class HtmlBodyPart : ContentPart
{
    public string? Html { get; set; }
}
