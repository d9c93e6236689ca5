using System.Text.Json.Nodes;
using DurhamCms.Admin;
using DurhamCms.AdminMenu.Models;
using DurhamCms.AdminMenu.Services;
using DurhamCms.Documents;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.AdminMenu.Controllers;

/// <summary>
/// /admin/admin-menus: each stored menu (the AdminMenu step's) with its nodes as stored, whether
/// each is shown, where its link goes here and who sees it. Menus are changed by recipes.
/// </summary>
[Admin]
public sealed class AdminMenusAdminController(IAuthorizationService authorization, IDocumentStore documents) : Controller
{
    [HttpGet("/admin/admin-menus")]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageAdminMenu))
        {
            return Forbid();
        }

        var document = await documents.GetAsync<AdminMenuDocument>(AdminMenuDocument.DocumentKey);
        var menus = document.AdminMenu.Select(m => new AdminMenuView(
            AdminMenuNodes.Text(m, "Name") ?? AdminMenuNodes.Text(m, "Id") ?? "",
            AdminMenuNodes.Text(m, "Id") ?? "",
            AdminMenuNodes.Enabled(m),
            Nodes(AdminMenuNodes.Items(m, "MenuItems")))).ToList();
        return View(menus);
    }

    private static List<AdminMenuNodeView> Nodes(IEnumerable<JsonObject> nodes) => nodes.Select(node =>
    {
        var kind = AdminMenuNodes.KindOf(node);
        var shown = kind is AdminMenuNodes.Link or AdminMenuNodes.Placeholder or AdminMenuNodes.ContentTypes;
        var permissions = (node["PermissionNames"] as JsonArray ?? []).Select(n => n?.ToString()).OfType<string>().ToList();
        return new AdminMenuNodeView(
            AdminMenuNodes.Text(node, "LinkText") ?? (kind == AdminMenuNodes.ContentTypes ? "Content types" : "(no text)"),
            kind.Length == 0 ? "(no $type)" : kind,
            shown && AdminMenuNodes.Enabled(node),
            kind == AdminMenuNodes.Link ? AdminMenuUrls.Translate(AdminMenuNodes.Text(node, "LinkUrl")) : null,
            permissions,
            Nodes(AdminMenuNodes.Items(node)));
    }).ToList();
}

public sealed record AdminMenuView(string Name, string Id, bool Enabled, IReadOnlyList<AdminMenuNodeView> Nodes);

public sealed record AdminMenuNodeView(string Text, string Kind, bool Shown, string? Url, IReadOnlyList<string> PermissionNames, IReadOnlyList<AdminMenuNodeView> Children);

/// <summary>The admin's link to the stored menus.</summary>
internal sealed class AdminMenusAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Admin menus", "/admin/admin-menus", Permissions.ManageAdminMenu, 87)];
}
