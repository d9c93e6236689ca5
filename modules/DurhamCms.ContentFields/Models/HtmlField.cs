using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's HtmlField: <c>{"Html": "..."}</c>, sanitized on save when its settings say so.</summary>
public sealed class HtmlField : ContentField
{
    public string? Html { get; set; }
}
