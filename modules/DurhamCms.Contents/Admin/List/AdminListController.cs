using DurhamCms.Admin;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Admin.List;

/// <summary>
/// <c>/admin/contents</c>: every item's latest version for users holding ListContent (Authors see
/// all, but only their own rows link to the editor). Works from the query string alone, without JS.
/// </summary>
[Admin]
public sealed class AdminListController(ContentListQuery query, IAuthorizationService authorization) : Controller
{
    [HttpGet("/admin/contents")]
    public async Task<IActionResult> Index(string? type, string? state, string? status, string? owner, string? q, string? sort, int? page)
    {
        if (!await authorization.AuthorizeAsync(User, ContentPermissions.ListContent))
        {
            return Forbid();
        }

        var filter = ContentListFilter.Normalize(type, state, status, owner, q, sort, page);
        return View(await query.GetAsync(filter, User));
    }
}
