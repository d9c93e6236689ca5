using DurhamCms.Admin;
using DurhamCms.AuditTrail;
using DurhamCms.Security;
using DurhamCms.Subscriptions.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Subscriptions.Controllers;

/// <summary>/admin/subscriptions: how many follow what, the addresses, and removing one. Administrators only.</summary>
[Admin]
public sealed class SubscribersAdminController(IAuthorizationService authorization, SubscriberDirectory directory, SubscriptionTargets targets, IEnumerable<IAuditTrail> auditTrails) : Controller
{
    [HttpGet("/admin/subscriptions")]
    public async Task<IActionResult> Index(int page = 1, bool removed = false)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        Response.Headers.CacheControl = "no-store";
        var (rows, total) = await directory.PageAsync(page, HttpContext.RequestAborted);
        return View(new SubscribersAdminModel(await directory.CountsAsync(HttpContext.RequestAborted), rows, await targets.TitlesAsync(rows), total, Math.Max(1, page), removed));
    }

    [HttpPost("/admin/subscriptions/delete")]
    public async Task<IActionResult> Delete(long id)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (await directory.DeleteAsync(id, HttpContext.RequestAborted) is { } removed)
        {
            // The address itself stays out of the audit trail: it is the resident's, and is gone.
            foreach (var audit in auditTrails)
            {
                await audit.RecordAsync(new AuditEvent("Subscriptions", "SubscriberRemoved")
                {
                    ContentItemId = removed.ContentItemId,
                    Details = $"Subscription {removed.Id} ({removed.Scope}, {removed.Frequency}) removed by an administrator.",
                });
            }
        }

        return Redirect("/admin/subscriptions?removed=true");
    }

    private Task<bool> MayManageAsync() => authorization.AuthorizeAsync(User, Permissions.ManageSubscribers);
}

public sealed record SubscribersAdminModel(
    IReadOnlyList<ScopeCount> Counts,
    IReadOnlyList<Models.SubscriptionRecord> Rows,
    IReadOnlyDictionary<string, string> Titles,
    int Total,
    int Page,
    bool Removed);
