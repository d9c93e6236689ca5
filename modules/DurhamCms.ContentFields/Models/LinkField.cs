using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's LinkField: <c>{"Url": "...", "Text": "...", "Target": "_blank"}</c>.</summary>
public sealed class LinkField : ContentField
{
    public string? Url { get; set; }
    public string? Text { get; set; }
    public string? Target { get; set; }
}
