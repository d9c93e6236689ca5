using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Documents;
using DurhamCms.Localization.Models;
using DurhamCms.Localization.Settings;

namespace DurhamCms.Localization.Services;

/// <summary>
/// Which culture an item is in, and whether it is a translation (an item of a culture other than the
/// site's default, linked to its source by the LocalizationSet). Other modules ask this instead of
/// reading the part themselves, so "translation" means the same thing everywhere.
/// </summary>
public sealed class ContentCultures(ISiteSettings siteSettings, IDocumentStore documents)
{
    /// <summary>The Settings step's document key (the kernel's SiteSettings).</summary>
    private const string SiteSettingsDocument = "SiteSettings";

    public async Task<SiteCultures> GetAsync() =>
        SiteCultures.From(await siteSettings.GetAsync<LocalizationSettings>(LocalizationSettings.GroupName));

    /// <summary>
    /// The same, read synchronously: index providers map a version to rows synchronously (the kernel's
    /// contract), and a plan index must leave translations out. The document store's synchronous read
    /// shares what this unit of work already read (a recipe maps thousands of items in one transaction).
    /// </summary>
    public SiteCultures Get()
    {
        var group = documents.Find<JsonObject>(SiteSettingsDocument)?[LocalizationSettings.GroupName] as JsonObject;
        return SiteCultures.From(group.ToObject<LocalizationSettings>() ?? new LocalizationSettings());
    }

    /// <summary>The item's culture as its LocalizationPart says, or null when it has none.</summary>
    public static string? CultureOf(ContentItem item) =>
        item.As<LocalizationPart>()?.Culture is { Length: > 0 } culture ? culture : null;

    public static string? SetOf(ContentItem item) =>
        item.As<LocalizationPart>()?.LocalizationSet is { Length: > 0 } set ? set : null;

    /// <summary>
    /// A translation: an item in a culture other than the default. An item without a culture is
    /// written in the default culture (everything made before the site had two languages).
    /// </summary>
    public bool IsTranslation(ContentItem item) => CultureOf(item) is not null && Get().IsTranslation(item);

    public async Task<bool> IsTranslationAsync(ContentItem item) => CultureOf(item) is not null && (await GetAsync()).IsTranslation(item);
}
