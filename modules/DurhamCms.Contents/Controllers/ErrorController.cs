using DurhamCms.Documents;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Controllers;

/// <summary>Friendly pages for errors and missing pages; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    // Only error statuses: "/error/0" would otherwise send the status line "HTTP/1.1 0"; anything else is a 404.
    [Route("error/{code:int:range(400,599)?}")]
    public IActionResult Index(int? code)
    {
        // Two admins (often on two nodes) saved the same settings, definition or roles document:
        // the later save was refused. That is the admin's to redo, not a fault of the site.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is DocumentConflictException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("~/Views/Error/DocumentConflict.cshtml");
        }

        var status = code ?? 500;
        Response.StatusCode = status;
        return View("~/Views/Error/Index.cshtml", status);
    }
}
