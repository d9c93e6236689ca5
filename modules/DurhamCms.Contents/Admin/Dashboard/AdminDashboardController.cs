using DurhamCms.Admin;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary><c>/admin</c>: where a signed-in user starts. The Admin policy (AccessAdminPanel) is all it needs.</summary>
[Admin]
public sealed class AdminDashboardController(AdminDashboardQuery query) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index() => View(await query.GetAsync(User));
}
