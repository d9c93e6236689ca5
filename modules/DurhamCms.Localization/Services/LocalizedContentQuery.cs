using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Localization.Services;

/// <summary>
/// The items of a LocalizationSet, through the localization index: the translation of an item into
/// a culture, and the source (default-culture) item of a translation. Reads published versions, as
/// residents see them, unless asked for the latest.
/// </summary>
public sealed class LocalizedContentQuery(DurhamDbContext db, IContentManager contentManager, ContentCultures cultures)
{
    /// <summary>For each given item with a set, its version in <paramref name="culture"/>, keyed by the given item's id.</summary>
    public async Task<IReadOnlyDictionary<string, ContentItem>> TranslationsAsync(IEnumerable<ContentItem> items, string culture, bool latest = false)
    {
        var setOf = items.Select(i => (i.ContentItemId, Set: ContentCultures.SetOf(i))).Where(x => x.Set is not null)
            .DistinctBy(x => x.ContentItemId).ToDictionary(x => x.ContentItemId, x => x.Set!);
        if (setOf.Count == 0)
        {
            return new Dictionary<string, ContentItem>();
        }

        var sets = setOf.Values.Distinct().ToList();
        var normalized = culture.ToLowerInvariant();
        var rows = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => sets.Contains(x.LocalizationSet) && x.NormalizedCulture == normalized && (latest ? x.Latest : x.Published))
            .Select(x => new { x.LocalizationSet, x.ContentItemId })
            .ToListAsync();
        var bySet = rows.DistinctBy(r => r.LocalizationSet).ToDictionary(r => r.LocalizationSet, r => r.ContentItemId);
        var found = (await contentManager.GetManyAsync(bySet.Values, latest ? VersionOptions.Latest : VersionOptions.Published))
            .DistinctBy(i => i.ContentItemId).ToDictionary(i => i.ContentItemId);
        return setOf
            .Where(kv => bySet.TryGetValue(kv.Value, out var id) && found.ContainsKey(id) && id != kv.Key)
            .ToDictionary(kv => kv.Key, kv => found[bySet[kv.Value]]);
    }

    public async Task<ContentItem?> TranslationAsync(ContentItem item, string culture, bool latest = false) =>
        (await TranslationsAsync([item], culture, latest)).GetValueOrDefault(item.ContentItemId);

    /// <summary>The default-culture item of the translation's set (null for an item that is no translation, or whose source is not there).</summary>
    public async Task<ContentItem?> SourceAsync(ContentItem translation, bool latest = false) =>
        await cultures.IsTranslationAsync(translation)
            ? await TranslationAsync(translation, (await cultures.GetAsync()).DefaultCulture, latest)
            : null;
}
