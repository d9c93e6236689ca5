using System.Text.Json.Nodes;

namespace DurhamCms.AdminMenu.Models;

/// <summary>
/// The "AdminMenu" document: Orchard's admin menus (<c>Id</c>, <c>Name</c>, <c>Enabled</c>,
/// <c>MenuItems</c>) kept as the recipe gave them, so they export unchanged; read by
/// <see cref="Services.StoredAdminMenuSource"/>.
/// </summary>
public sealed class AdminMenuDocument
{
    public const string DocumentKey = "AdminMenu";

    public List<JsonObject> AdminMenu { get; set; } = [];
}
