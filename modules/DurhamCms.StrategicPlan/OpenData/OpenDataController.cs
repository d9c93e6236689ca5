using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>/open-data ("/es/datos-abiertos" in Spanish): the endpoints and feeds, explained for residents.</summary>
public sealed class OpenDataController : Controller
{
    // Razor class library views are found under Views/; this capability keeps its own in Views/OpenData.
    private const string ViewPath = "~/Views/OpenData/Index.cshtml";

    [HttpGet("/open-data")]
    [HttpGet("/es/datos-abiertos")]
    [OutputCache(PolicyName = PlanPageCache.Policy)]
    public IActionResult Index() => View(ViewPath);
}
