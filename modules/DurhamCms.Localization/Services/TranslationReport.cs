using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Localization.Services;

/// <summary>One item of the default culture whose translation into <see cref="Culture"/> is missing or older than its latest change.</summary>
public sealed record TranslationGap(string ContentItemId, string ContentType, string Title, string Culture, string? TranslationId, DateTime? SourceModifiedUtc, DateTime? TranslationModifiedUtc)
{
    public bool Missing => TranslationId is null;
}

/// <summary>
/// Where translations stand, from the localization index and the versions' dates: for each latest
/// default-culture item, each other culture with no translation, or whose translation was last
/// changed before the source (the source changed since it was translated).
/// </summary>
public sealed class TranslationReport(DurhamDbContext db, ContentCultures cultures)
{
    public async Task<IReadOnlyList<TranslationGap>> GapsAsync()
    {
        var site = await cultures.GetAsync();
        var rows = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.Latest)
            .Join(db.ContentItems, x => x.DocumentId, r => r.Id, (x, r) => new { x.ContentItemId, x.LocalizationSet, x.Culture, r.ContentType, r.DisplayText, r.ModifiedUtc })
            .ToListAsync();
        var bySet = rows.ToLookup(r => r.LocalizationSet, StringComparer.Ordinal);
        var gaps = new List<TranslationGap>();
        foreach (var source in rows.Where(r => site.IsDefault(r.Culture)).OrderBy(r => r.ContentType, StringComparer.Ordinal).ThenBy(r => r.DisplayText, StringComparer.Ordinal))
        {
            foreach (var culture in site.SupportedCultures.Where(c => !site.IsDefault(c)))
            {
                var translation = bySet[source.LocalizationSet].FirstOrDefault(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase));
                if (translation is null || translation.ModifiedUtc < source.ModifiedUtc)
                {
                    gaps.Add(new TranslationGap(source.ContentItemId, source.ContentType, string.IsNullOrWhiteSpace(source.DisplayText) ? $"(untitled {source.ContentType})" : source.DisplayText, culture, translation?.ContentItemId, source.ModifiedUtc, translation?.ModifiedUtc));
                }
            }
        }

        return gaps;
    }
}
