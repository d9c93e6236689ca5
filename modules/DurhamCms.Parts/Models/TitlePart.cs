using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's TitlePart: the item's title, copied into its DisplayText on every save.</summary>
public sealed class TitlePart : ContentPart
{
    public string? Title { get; set; }
}
