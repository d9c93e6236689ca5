using DurhamCms.StrategicPlan.Dashboard;
using DurhamCms.StrategicPlan.OpenData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.StrategicPlan.Controllers;

/// <summary>The dashboard's home: the five priorities with their status roll-ups.</summary>
public sealed class HomeController(DashboardQueries queries) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PlanPageCache.Policy)]
    public async Task<IActionResult> Index() => View(await queries.GetHomeAsync());
}
