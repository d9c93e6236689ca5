using System.Globalization;
using DurhamCms.Localization.Routing;
using DurhamCms.Localization.Services;
using DurhamCms.StrategicPlan.Dashboard;
using DurhamCms.StrategicPlan.OpenData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.StrategicPlan.Controllers;

/// <summary>The dashboard's home: the five priorities with their status roll-ups, at "/" and at each other culture's "/es".</summary>
public sealed class HomeController(DashboardQueries queries, ContentCultures cultures, PageAlternates alternates) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PlanPageCache.Policy)]
    public async Task<IActionResult> Index()
    {
        await AddAlternatesAsync();
        return View(await queries.GetHomeAsync(CultureInfo.CurrentUICulture.Name));
    }

    /// <summary>
    /// "/es": the home page in that language. Two-letter top-level paths are the cultures' own
    /// (see <see cref="CulturePrefix"/>); one that is no supported culture is not found.
    /// </summary>
    [HttpGet("/{language:length(2)}")]
    [OutputCache(PolicyName = PlanPageCache.Policy)]
    public async Task<IActionResult> Culture(string language)
    {
        var site = await cultures.GetAsync();
        if (site.FindByLanguage(language) is not { } culture || site.IsDefault(culture) || CulturePrefix.LanguageOf("/" + language) is null)
        {
            return NotFound();
        }

        await AddAlternatesAsync();
        return View(nameof(Index), await queries.GetHomeAsync(culture));
    }

    /// <summary>The home page exists in every culture of the site.</summary>
    private async Task AddAlternatesAsync()
    {
        var site = await cultures.GetAsync();
        foreach (var culture in site.SupportedCultures)
        {
            alternates.Add(culture, CulturePrefix.For(culture, site.DefaultCulture) is { Length: > 0 } prefix ? prefix : "/");
        }
    }
}
