using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's AutoroutePart: the item's public path, without a leading slash ("initiatives/affordable-housing").</summary>
public sealed class AutoroutePart : ContentPart
{
    public string? Path { get; set; }
    public bool SetHomepage { get; set; }

    /// <summary>The item has no route of its own (e.g. shown only inside a list).</summary>
    public bool Disabled { get; set; }

    public bool RouteContainedItems { get; set; }
    public bool Absolute { get; set; }
}
