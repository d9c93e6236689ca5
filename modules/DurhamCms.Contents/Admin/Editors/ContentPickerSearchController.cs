using DurhamCms.Admin;
using DurhamCms.Data;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Search-as-you-type for content picker fields: the latest versions of the allowed types whose
/// title contains the text. The editor works without it, as a plain select.
/// </summary>
[Admin]
public sealed class ContentPickerSearchController(DurhamDbContext db, IAuthorizationService authorization) : Controller
{
    private const int MaxResults = 20;

    [HttpGet("/admin/content-picker")]
    public async Task<IActionResult> Search(string? types, string? q)
    {
        if (!await authorization.AuthorizeAsync(User, ContentPermissions.ListContent))
        {
            return Forbid();
        }

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
            query = query.Where(r => r.DisplayText != null && r.DisplayText.ToLower().Contains(lowered));
#pragma warning restore CA1862
        }

        var found = await query
            .OrderBy(r => r.DisplayText)
            .Take(MaxResults)
            .Select(r => new { id = r.ContentItemId, title = r.DisplayText ?? r.ContentItemId, type = r.ContentType, published = r.Published })
            .ToListAsync();
        return Json(found);
    }
}
