using DurhamCms.Admin;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Serves the editors' script (the WYSIWYG from npm, the picker search, the Markdown preview), which
/// the build bundles from Assets/ and embeds in this assembly. Pages work without it.
/// </summary>
[Admin]
public sealed class EditorAssetsController : Controller
{
    public const string ResourceName = "DurhamCms.Contents.Assets.editors.js";

    private static readonly Lazy<byte[]?> Script = new(() =>
    {
        using var stream = typeof(EditorAssetsController).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [HttpGet("/admin/assets/editors.js")]
    public IActionResult EditorsScript()
    {
        if (Script.Value is not { } bytes)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return File(bytes, "text/javascript; charset=utf-8");
    }
}
