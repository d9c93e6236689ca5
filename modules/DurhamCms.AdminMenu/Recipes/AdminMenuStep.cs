using System.Text.Json.Nodes;
using DurhamCms.AdminMenu.Models;
using DurhamCms.AdminMenu.Services;
using DurhamCms.Documents;
using DurhamCms.Recipes;

namespace DurhamCms.AdminMenu.Recipes;

/// <summary>
/// Orchard's "AdminMenu" step: <c>data</c> lists admin menus; one whose <c>Id</c> is stored
/// replaces it, as Orchard's admin menu service saves it. A node kind this site does not show is
/// kept with a warning; a link that would not be a site path or http(s) address is refused.
/// </summary>
internal sealed class AdminMenuStep(IDocumentStore documents) : IRecipeStepHandler
{
    private static readonly HashSet<string> ShownKinds = [AdminMenuNodes.Link, AdminMenuNodes.Placeholder, AdminMenuNodes.ContentTypes];

    public IReadOnlyCollection<string> StepNames { get; } = ["AdminMenu"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step["data"] is not JsonArray data)
        {
            throw context.Error("\"data\" must be an array of admin menus.");
        }

        var document = await documents.GetAsync<AdminMenuDocument>(AdminMenuDocument.DocumentKey);
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject menu || AdminMenuNodes.Text(menu, "Id") is not { } id)
            {
                throw context.Error($"admin menu {i + 1} has no \"Id\".");
            }

            var name = AdminMenuNodes.Text(menu, "Name") ?? id;
            Check(context, name, AdminMenuNodes.Items(menu, "MenuItems"));
            document.AdminMenu.RemoveAll(m => string.Equals(AdminMenuNodes.Text(m, "Id"), id, StringComparison.Ordinal));
            document.AdminMenu.Add((JsonObject)menu.DeepClone());
        }

        await documents.SaveAsync(AdminMenuDocument.DocumentKey, document);
    }

    private static void Check(RecipeStepContext context, string menu, IEnumerable<JsonObject> nodes)
    {
        foreach (var node in nodes)
        {
            var kind = AdminMenuNodes.KindOf(node);
            var label = AdminMenuNodes.Text(node, "LinkText") ?? kind;
            if (!ShownKinds.Contains(kind))
            {
                context.Warn($"admin menu '{menu}': '{label}' is a {(kind.Length == 0 ? "node without $type" : kind)}, which this site stores but does not show.");
            }

            var url = AdminMenuNodes.Text(node, "LinkUrl");
            if (kind == AdminMenuNodes.Link && url is not null && AdminMenuUrls.Translate(url) is null)
            {
                throw context.Error($"admin menu '{menu}': the link '{label}' goes to '{url}', which is neither a site path nor an http(s) address.");
            }

            Check(context, menu, AdminMenuNodes.Items(node));
        }
    }
}
