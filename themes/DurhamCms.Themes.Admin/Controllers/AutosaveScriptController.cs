using DurhamCms.Admin;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Themes.Admin.Controllers;

/// <summary>
/// Serves the editor's autosave script, a plain file embedded in the theme. It enhances any admin
/// form marked <c>data-autosave="{url}"</c>; the form works without it.
/// </summary>
[Admin]
public sealed class AutosaveScriptController : Controller
{
    public const string ScriptUrl = "/admin/assets/autosave.js";
    private const string ResourceName = "DurhamCms.Themes.Admin.autosave.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(AutosaveScriptController).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [HttpGet(ScriptUrl)]
    public IActionResult AutosaveScript()
    {
        Response.Headers.CacheControl = "private, max-age=3600";
        return File(Script.Value, "text/javascript; charset=utf-8");
    }
}
