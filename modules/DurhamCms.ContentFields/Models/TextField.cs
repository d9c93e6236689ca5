using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's TextField: <c>{"Text": "..."}</c>.</summary>
public sealed class TextField : ContentField
{
    public string? Text { get; set; }
}
