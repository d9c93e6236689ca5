using DurhamCms.Admin;
using DurhamCms.AuditTrail.Handlers;
using DurhamCms.AuditTrail.Services;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.AuditTrail.Controllers;

/// <summary>The audit trail page: filter by user, item, event and date; newest first; read only.</summary>
[Admin]
public sealed class AuditController(IAuthorizationService authorization, AuditQuery audit) : Controller
{
    [HttpGet(AuditUrls.Index)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ViewAuditTrail))
        {
            return Forbid();
        }

        var page = await audit.RunAsync(filter);
        var names = (await audit.EventNamesAsync()).Union(ContentEvents.Known, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return View(new AuditIndexViewModel(filter, page, names));
    }
}

public sealed record AuditIndexViewModel(AuditFilter Filter, AuditPage Page, IReadOnlyList<string> EventNames);
