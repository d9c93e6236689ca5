using DurhamCms.Admin;
using DurhamCms.Workflows.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Workflows.Controllers;

/// <summary>The signed-in user's notifications; each user sees only their own.</summary>
[Admin]
public sealed class NotificationsController(NotificationStore notifications) : Controller
{
    [HttpGet("/admin/notifications")]
    public async Task<IActionResult> Index()
    {
        var userName = User.Identity?.Name;
        if (userName is null)
        {
            return Forbid();
        }

        return View(await notifications.LatestAsync(userName));
    }

    /// <summary>Marks every notification shown (up to the newest the page listed) as read.</summary>
    [HttpPost("/admin/notifications/read")]
    public async Task<IActionResult> MarkRead(long? upTo)
    {
        if (User.Identity?.Name is not { } userName)
        {
            return Forbid();
        }

        var count = await notifications.MarkReadAsync(userName, upTo);
        TempData["Notice"] = count == 1 ? "1 notification marked as read." : $"{count} notifications marked as read.";
        return Redirect("/admin/notifications");
    }
}
