using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Controllers;

/// <summary>Friendly pages for errors and missing pages; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error/{code:int?}")]
    public IActionResult Index(int? code)
    {
        var status = code ?? 500;
        Response.StatusCode = status;
        return View("~/Views/Error/Index.cshtml", status);
    }
}
