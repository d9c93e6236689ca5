using DurhamCms.ContentManagement;
using DurhamCms.Localization.Services;

namespace DurhamCms.StrategicPlan.Translations;

/// <summary>
/// The plan in one culture: the source items (default culture) are the plan; in another culture
/// each is shown with its translation's texts where it has one (see <see cref="PlanTranslatedText"/>).
/// </summary>
public sealed class PlanTranslations(ContentCultures cultures, LocalizedContentQuery localized)
{
    /// <summary>The items that are the plan itself, leaving translations out.</summary>
    public async Task<List<ContentItem>> SourcesAsync(IEnumerable<ContentItem> items)
    {
        var site = await cultures.GetAsync();
        return items.Where(i => !site.IsTranslation(i)).ToList();
    }

    /// <summary>Whether <paramref name="culture"/> is another than the site's default (null: the default).</summary>
    public async Task<bool> IsTranslatedCultureAsync(string? culture) =>
        culture is not null && !(await cultures.GetAsync()).IsDefault(culture);

    /// <summary>Each source item as residents of <paramref name="culture"/> read it; unchanged in the default culture or when untranslated.</summary>
    public async Task<IReadOnlyList<ContentItem>> InCultureAsync(IReadOnlyList<ContentItem> sources, string? culture)
    {
        if (!await IsTranslatedCultureAsync(culture))
        {
            return sources;
        }

        var translations = await localized.TranslationsAsync(sources, culture!);
        return sources.Select(s => translations.TryGetValue(s.ContentItemId, out var t) ? PlanTranslatedText.Overlay(s, t) : s).ToList();
    }

    /// <summary>A translation shown as its source with its texts; any other item unchanged (also a translation whose source is not published).</summary>
    public async Task<ContentItem> AsShownAsync(ContentItem item) =>
        await cultures.IsTranslationAsync(item) && await localized.SourceAsync(item) is { } source
            ? PlanTranslatedText.Overlay(source, item)
            : item;
}
