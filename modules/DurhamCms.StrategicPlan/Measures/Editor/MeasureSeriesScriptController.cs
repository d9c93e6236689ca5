using DurhamCms.Admin;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Measures.Editor;

/// <summary>
/// Serves the measure series editor's script, a plain file of this module embedded in its
/// assembly (no npm build: it has no dependency). The field's view asks for it; the table
/// works without it.
/// </summary>
[Admin]
public sealed class MeasureSeriesScriptController : Controller
{
    public const string ScriptUrl = "/admin/assets/measure-series.js";
    private const string ResourceName = "DurhamCms.StrategicPlan.Measures.Editor.measure-series.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(MeasureSeriesScriptController).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [HttpGet(ScriptUrl)]
    public IActionResult MeasureSeriesScript()
    {
        Response.Headers.CacheControl = "private, max-age=3600";
        return File(Script.Value, "text/javascript; charset=utf-8");
    }
}
