using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's ContainedPart: the list an item belongs to, and its place there.</summary>
public sealed class ContainedPart : ContentPart
{
    public string? ListContentItemId { get; set; }
    public string? ListContentType { get; set; }
    public int Order { get; set; }
}
