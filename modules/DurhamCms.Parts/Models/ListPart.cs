using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's ListPart: marks an item as a container; what it holds is in its ListPartSettings.</summary>
public sealed class ListPart : ContentPart;
