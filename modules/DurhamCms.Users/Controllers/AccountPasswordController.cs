using DurhamCms.Admin;
using DurhamCms.Users.Models;
using DurhamCms.Users.Security;
using DurhamCms.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Users.Controllers;

/// <summary>A signed-in user changes their own password (the current one is asked for again).</summary>
[Admin]
[Route("admin/account/password")]
public sealed class AccountPasswordController(UserManager<CmsUser> users, SignInManager<CmsUser> signIn, UserAuditRecorder audit, SignInThrottle throttle) : Controller
{
    [HttpGet("")]
    public IActionResult Change() => View(new ChangePasswordViewModel());

    [HttpPost("")]
    public async Task<IActionResult> Change(ChangePasswordViewModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // Whoever holds a stolen session must not be able to guess the password behind it either.
        var account = ThrottleAccount(user);
        var address = AccountController.ClientAddress(HttpContext);
        if (throttle.Check(account, address) is { } wait)
        {
            return AccountController.TooManyAttempts(this, model, wait);
        }

        var changed = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throttle.RecordFailure(account, address);
        }
        else if (changed.Succeeded)
        {
            throttle.RecordSuccess(account, address);
        }

        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                var message = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is not right." : error.Description;
                ModelState.AddModelError(field, message);
            }

            return View(model);
        }

        // The change gave the user a new security stamp: renew this session, the others end.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(UserAuditRecorder.PasswordChanged, user.UserName!);
        TempData["Notice"] = "Your password has been changed.";
        return Redirect("/admin/account/password");
    }

    /// <summary>Kept apart from the sign-in count of the same user: a partition of its own per user.</summary>
    private static string ThrottleAccount(CmsUser user) => "change-password:" + user.Id;
}
