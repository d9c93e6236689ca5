using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Models;
using DurhamCms.Localization.Routing;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Localization.Services;

/// <summary>
/// "Translate to Español": a new item of the source's type in the other culture, in the source's
/// LocalizationSet, saved as a draft pre-filled with the source's content for the translator to
/// overwrite. It is a whole item of its own, so it is reviewed, approved and published on its own,
/// and the source stays as it is (published or not) throughout.
/// </summary>
public sealed class ContentTranslator(IContentManager contentManager, ContentCultures cultures, DurhamDbContext db)
{
    /// <summary>The draft made, or the translation that already exists in <paramref name="culture"/> (there is one per culture).</summary>
    public async Task<TranslationResult> TranslateAsync(ContentItem source, string culture, string? owner)
    {
        var site = await cultures.GetAsync();
        if (site.Find(culture) is not { } target || site.IsDefault(target))
        {
            return TranslationResult.Refused($"'{culture}' is not a language this site translates into: use one of {string.Join(", ", site.SupportedCultures.Where(c => !site.IsDefault(c)))}.");
        }

        if (ContentCultures.SetOf(source) is not { } set || ContentCultures.CultureOf(source) is not { } from || !site.IsDefault(from))
        {
            return TranslationResult.Refused($"{source.ContentType} '{source.DisplayText ?? source.ContentItemId}' is no {site.DefaultCulture} item with a LocalizationPart, so it has nothing to translate from.");
        }

        var normalized = target.ToLowerInvariant();
        var existing = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.LocalizationSet == set && x.NormalizedCulture == normalized && (x.Latest || x.Published))
            .Select(x => x.ContentItemId).FirstOrDefaultAsync();
        if (existing is not null)
        {
            return new TranslationResult(existing, Created: false, null);
        }

        var draft = await contentManager.NewAsync(source.ContentType);
        foreach (var (name, part) in source.Content)
        {
            draft.Content[name] = part?.DeepClone();
        }

        draft.DisplayText = source.DisplayText;
        draft.Owner = owner ?? source.Owner;
        draft.Alter<LocalizationPart>(p =>
        {
            p.LocalizationSet = set;
            p.Culture = target;
        });

        // Under the culture's prefix so the page is read in its language; the translator
        // translates the slug with the title (e.g. "es/iniciativas/3-11-…").
        if (draft.GetPartJson("AutoroutePart") is JsonObject route && route["Path"]?.GetValue<string>() is { Length: > 0 } path)
        {
            route["Path"] = CulturePrefix.For(target, site.DefaultCulture).TrimStart('/') + "/" + path;
        }

        var result = await contentManager.CreateAsync(draft, VersionOptions.Draft);
        return result.Succeeded
            ? new TranslationResult(draft.ContentItemId, Created: true, null)
            : TranslationResult.Refused(string.Join(" ", result.Errors.Select(e => e.ToString())));
    }
}

public sealed record TranslationResult(string? ContentItemId, bool Created, string? Error)
{
    public static TranslationResult Refused(string error) => new(null, false, error);
}
