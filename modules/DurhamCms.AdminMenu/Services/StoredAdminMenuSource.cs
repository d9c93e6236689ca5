using System.Text.Json.Nodes;
using DurhamCms.Admin;
using DurhamCms.AdminMenu.Models;
using DurhamCms.Documents;

namespace DurhamCms.AdminMenu.Services;

/// <summary>
/// The enabled admin menus, their enabled nodes as links: a LinkAdminNode is a link, a
/// PlaceholderAdminNode a heading over its items, a ContentTypesAdminNode one link to the content
/// list per type (or to the whole list when it shows all). Other node kinds are left out.
/// </summary>
internal sealed class StoredAdminMenuSource(IDocumentStore documents) : IAdminMenuSource
{
    public async Task<IReadOnlyList<AdminMenuEntry>> GetEntriesAsync()
    {
        var document = await documents.GetAsync<AdminMenuDocument>(AdminMenuDocument.DocumentKey);
        return document.AdminMenu.Where(AdminMenuNodes.Enabled)
            .SelectMany(menu => Entries(AdminMenuNodes.Items(menu, "MenuItems")))
            .ToList();
    }

    private static List<AdminMenuEntry> Entries(IEnumerable<JsonObject> nodes) =>
        nodes.Where(AdminMenuNodes.Enabled).SelectMany(Entry).ToList();

    private static IEnumerable<AdminMenuEntry> Entry(JsonObject node)
    {
        var permissions = (node["PermissionNames"] as JsonArray ?? []).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>().ToList();
        var label = AdminMenuNodes.Text(node, "LinkText");
        switch (AdminMenuNodes.KindOf(node))
        {
            case AdminMenuNodes.Link when label is not null:
                yield return new AdminMenuEntry(label, AdminMenuUrls.Translate(AdminMenuNodes.Text(node, "LinkUrl")), permissions, Entries(AdminMenuNodes.Items(node)));
                break;
            case AdminMenuNodes.Placeholder when label is not null:
                yield return new AdminMenuEntry(label, null, permissions, Entries(AdminMenuNodes.Items(node)));
                break;
            case AdminMenuNodes.ContentTypes:
                if (node["ShowAll"] is JsonValue all && all.TryGetValue<bool>(out var showAll) && showAll)
                {
                    yield return new AdminMenuEntry("Content", "/admin/contents", [], []);
                    break;
                }

                foreach (var type in AdminMenuNodes.Items(node, "ContentTypes").Select(t => AdminMenuNodes.Text(t, "ContentTypeId")).OfType<string>())
                {
                    yield return new AdminMenuEntry(type, $"/admin/contents?type={Uri.EscapeDataString(type)}", [], []);
                }

                break;
        }
    }
}
