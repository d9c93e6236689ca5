using DurhamCms.ContentManagement;

namespace DurhamCms.Localization.Models;

/// <summary>
/// Orchard's LocalizationPart: the items of one <see cref="LocalizationSet"/> are the same content in
/// different cultures ({"LocalizationPart":{"LocalizationSet":"…","Culture":"es-US"}}). Stored and
/// exported as Orchard writes it, with nothing added.
/// </summary>
public sealed class LocalizationPart : ContentPart
{
    public string? LocalizationSet { get; set; }

    public string? Culture { get; set; }
}
