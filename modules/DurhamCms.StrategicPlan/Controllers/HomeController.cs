using DurhamCms.StrategicPlan.Dashboard;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Controllers;

/// <summary>The dashboard's home: the five priorities with their status roll-ups.</summary>
public sealed class HomeController(DashboardQueries queries) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index() => View(await queries.GetHomeAsync());
}
