using System.Security.Claims;
using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.List;
using DurhamCms.Localization.Services;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Localization.Admin;

/// <summary>
/// "Translate to Español" (a linked draft in the other culture, made from the source) and the
/// report of items whose translation is missing or older than the source's latest change.
/// </summary>
[Admin]
public sealed class TranslationAdminController(
    IContentManager contentManager,
    ContentTranslator translator,
    TranslationReport report,
    IAuthorizationService authorization) : Controller
{
    public const string ReportUrl = "/admin/localization/report";

    public static string TranslateUrl(string contentItemId) => $"/admin/localization/translate/{Uri.EscapeDataString(contentItemId)}";

    /// <summary>Making a translation is editing content of the source's type (an Author translates what they may edit).</summary>
    [HttpPost("/admin/localization/translate/{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Translate(string id, [FromForm] string? culture)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { } source)
        {
            return NotFound();
        }

        var own = string.Equals(source.Owner, User.FindFirstValue(ClaimTypes.NameIdentifier), StringComparison.Ordinal);
        var permission = own ? ContentPermissions.EditOwn(source.ContentType) : ContentPermissions.Edit(source.ContentType);
        if (!await authorization.AuthorizeAsync(User, permission, source))
        {
            return Forbid();
        }

        var result = await translator.TranslateAsync(source, culture ?? SiteCultures.Spanish, User.FindFirstValue(ClaimTypes.NameIdentifier));
        if (result.ContentItemId is null)
        {
            return BadRequest(result.Error);
        }

        return Redirect(ContentListUrls.Edit(result.ContentItemId));
    }

    [HttpGet(ReportUrl)]
    public async Task<IActionResult> Report()
    {
        if (!await authorization.AuthorizeAsync(User, ContentPermissions.ListContent))
        {
            return Forbid();
        }

        return View("~/Views/TranslationAdmin/Report.cshtml", await report.GapsAsync());
    }
}

public sealed class LocalizationAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Translations", TranslationAdminController.ReportUrl, ContentPermissions.ListContent, Order: 30),
    ];
}
