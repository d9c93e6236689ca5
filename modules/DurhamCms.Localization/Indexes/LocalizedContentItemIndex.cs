using DurhamCms.ContentManagement;

namespace DurhamCms.Localization.Indexes;

/// <summary>
/// Orchard's LocalizedContentItemIndex: one row per version with a LocalizationPart, so the
/// translations of an item (same set, other culture) are found without reading documents.
/// </summary>
public sealed class LocalizedContentItemIndex : ContentIndex
{
    /// <summary>A 26-character id as Orchard makes them; a longer one is refused on import, naming the item.</summary>
    public string LocalizationSet { get; set; } = "";

    /// <summary>As written ("es-US"); matched case-insensitively through <see cref="NormalizedCulture"/>.</summary>
    public string Culture { get; set; } = "";

    /// <summary>The culture in lower case, so lookups compare an indexed column.</summary>
    public string NormalizedCulture { get; set; } = "";
}
