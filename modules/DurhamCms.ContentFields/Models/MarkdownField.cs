using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's MarkdownField: <c>{"Markdown": "..."}</c>, rendered (and sanitized) when displayed.</summary>
public sealed class MarkdownField : ContentField
{
    public string? Markdown { get; set; }
}
