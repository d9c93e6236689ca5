namespace DurhamCms.Contents.Admin;

/// <summary>
/// The language each item is written in (a localization module's LocalizationPart), so the generic
/// content list can show translations as such without knowing the module that stores cultures.
/// </summary>
public interface IContentCultureSource
{
    /// <summary>The culture name ("es-US") of each item's latest version, by content item id (items without one are left out).</summary>
    Task<IReadOnlyDictionary<string, string>> GetLatestCulturesAsync(IReadOnlyCollection<string> contentItemIds);
}
