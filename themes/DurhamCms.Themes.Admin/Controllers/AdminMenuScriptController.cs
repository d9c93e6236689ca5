using DurhamCms.Admin;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Themes.Admin.Controllers;

/// <summary>
/// Serves the admin layout's menu-button script, a plain file embedded in the theme (no npm
/// build: it has no dependency). The layout works without it: the navigation then shows in full.
/// </summary>
[Admin]
public sealed class AdminMenuScriptController : Controller
{
    public const string ScriptUrl = "/admin/assets/admin-menu.js";
    private const string ResourceName = "DurhamCms.Themes.Admin.admin-menu.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(AdminMenuScriptController).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [HttpGet(ScriptUrl)]
    public IActionResult AdminMenuScript()
    {
        Response.Headers.CacheControl = "private, max-age=3600";
        return File(Script.Value, "text/javascript; charset=utf-8");
    }
}
