using DurhamCms.Admin;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Users.Controllers;

/// <summary>
/// Search-as-you-type for user picker fields: the enabled users whose name contains the text, by
/// name, with their ids and names only (no e-mail). For whoever may list content in the admin,
/// as the content picker's search is; the editor works without it (its list of names).
/// </summary>
[Admin]
public sealed class UserPickerSearchController(IUserDirectory users, IAuthorizationService authorization) : Controller
{
    private const int MaxResults = 20;

    [HttpGet("/admin/user-picker")]
    public async Task<IActionResult> Search(string? q)
    {
        if (!await authorization.AuthorizeAsync(User, ContentPermissions.ListContent))
        {
            return Forbid();
        }

        var text = (q ?? "").Trim();
        text = text.Length > 100 ? text[..100] : text;
        var found = (await users.ListAsync(enabledOnly: true))
            .Where(u => u.UserName.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Take(MaxResults)
            .Select(u => new { id = u.Id, userName = u.UserName });
        return Json(found);
    }
}
