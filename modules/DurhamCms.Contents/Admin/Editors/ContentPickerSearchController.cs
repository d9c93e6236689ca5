using DurhamCms.Admin;
using DurhamCms.Data;
using DurhamCms.Display;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Search-as-you-type for content picker fields: the latest versions of the allowed types whose
/// title contains the text, or whose number is the text ("3.11"), each titled with its number when
/// the site numbers its items. The editor works without it, as a plain select.
/// </summary>
[Admin]
public sealed class ContentPickerSearchController(DurhamDbContext db, IAuthorizationService authorization, IEnumerable<IContentNumberSource> numberSources, IEnumerable<IContentRouteResolver> routes) : Controller
{
    private const int MaxResults = 20;

    [HttpGet("/admin/content-picker")]
    public async Task<IActionResult> Search(string? types, string? q)
    {
        if (!await authorization.AuthorizeAsync(User, ContentPermissions.ListContent))
        {
            return Forbid();
        }

        var numberSource = numberSources.FirstOrDefault();
        var allowed = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var query = db.ContentItems.AsNoTracking().Where(r => r.Latest);
        if (allowed.Length > 0)
        {
            query = query.Where(r => allowed.Contains(r.ContentType));
        }

        var text = (q ?? "").Trim();
        if (text.Length > 100)
        {
            text = text[..100];
        }

        if (text.Length > 0)
        {
            var lowered = text.ToLowerInvariant();
#pragma warning disable CA1862 // EF Core translates ToLower().Contains to SQL on both databases; the StringComparison overload does not translate.
            var numbered = numberSource is not null && ContentNumberText.LooksLikeNumber(text) ? numberSource.LatestIdsNumbered(text) : null;
            query = numbered is null
                ? query.Where(r => r.DisplayText != null && r.DisplayText.ToLower().Contains(lowered))
                : query.Where(r => (r.DisplayText != null && r.DisplayText.ToLower().Contains(lowered)) || numbered.Contains(r.ContentItemId));
#pragma warning restore CA1862
        }

        var found = await query
            .OrderBy(r => r.DisplayText)
            .Take(MaxResults)
            .Select(r => new { r.ContentItemId, r.DisplayText, r.ContentType, r.Published })
            .ToListAsync();
        var numbers = numberSource is null ? null : await numberSource.GetLatestNumbersAsync(found.Select(r => r.ContentItemId).ToList());
        var urls = await PublicUrlsAsync(found.Select(r => r.ContentItemId).ToList());
        return Json(found.Select(r => new
        {
            id = r.ContentItemId,
            title = Titled(numbers?.GetValueOrDefault(r.ContentItemId), r.DisplayText ?? r.ContentItemId),
            type = r.ContentType,
            published = r.Published,
            url = urls.GetValueOrDefault(r.ContentItemId),
        }));
    }

    // The resident's address of each published version with a route, for links in rich text
    // (the internal-link picker); an item never published, or without a route, has none.
    private async Task<IReadOnlyDictionary<string, string>> PublicUrlsAsync(List<string> ids)
    {
        if (routes.FirstOrDefault() is not { } resolver || ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var paths = await resolver.GetPathsAsync(ids);
        return paths.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => "/" + p.Value.TrimStart('/'), StringComparer.Ordinal);
    }

    // An initiative reads "3.11 Assess and build…"; a title that already starts with its number
    // (a status update's "3.11 — FY2025 Q3") is left as it is.
    private static string Titled(ContentNumber? number, string title) =>
        number is null || title.StartsWith(number.Number, StringComparison.Ordinal) ? title : $"{number.Number} {title}";
}
