using DurhamCms.ContentManagement;
using DurhamCms.Display;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Controllers;

public sealed class HomeController(IContentManager contentManager, IEnumerable<IContentRouteResolver> routes) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var priorities = (await contentManager.ListAsync("Priority", VersionOptions.Published))
            .OrderBy(p => p.GetPartJson("Priority")?["Order"]?["Value"]?.GetValue<decimal?>() ?? decimal.MaxValue)
            .ToList();
        var cards = new List<PriorityCard>();
        foreach (var priority in priorities)
        {
            string? path = null;
            foreach (var route in routes)
            {
                path ??= await route.GetPathAsync(priority.ContentItemId);
            }

            cards.Add(new PriorityCard(priority.DisplayText ?? "", path is null ? $"/contents/{priority.ContentItemId}" : "/" + path));
        }

        return View(cards);
    }
}

public sealed record PriorityCard(string Title, string Url);
