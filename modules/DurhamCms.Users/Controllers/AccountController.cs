using DurhamCms.AuditTrail;
using DurhamCms.Users.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Users.Controllers;

/// <summary>Sign-in and sign-out. Failures say what to do without telling which of name or password was wrong.</summary>
public sealed class AccountController(SignInManager<CmsUser> signIn, UserManager<CmsUser> users, IEnumerable<IAuditTrail> audit) : Controller
{
    [HttpGet("/login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl = null) => View(new SignInViewModel { ReturnUrl = returnUrl });

    [HttpPost("/login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByNameAsync(model.UserName) ?? await users.FindByEmailAsync(model.UserName);
        if (user is null || !user.IsEnabled)
        {
            await RecordAsync("SignInFailed", model.UserName, user is null ? "unknown user" : "account disabled");
            ModelState.AddModelError("", user is null ? "The user name or password is incorrect." : "This account is disabled. Ask an administrator to enable it.");
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(user, model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordAsync("SignedIn", user.UserName, null);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/admin");
        }

        if (result.IsLockedOut)
        {
            await RecordAsync("SignInFailed", user.UserName, "locked out");
            var end = await users.GetLockoutEndDateAsync(user);
            var minutes = end is { } e ? Math.Max(1, (int)Math.Ceiling((e - DateTimeOffset.UtcNow).TotalMinutes)) : 15;
            ModelState.AddModelError("", $"Too many failed attempts: this account is locked for {minutes} minute(s).");
        }
        else
        {
            await RecordAsync("SignInFailed", user.UserName, "wrong password");
            ModelState.AddModelError("", "The user name or password is incorrect.");
        }

        return View(model);
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        var name = User.Identity?.Name;
        await signIn.SignOutAsync();
        if (name is not null)
        {
            await RecordAsync("SignedOut", name, null);
        }

        return LocalRedirect("/");
    }

    [HttpGet("/access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task RecordAsync(string name, string? userName, string? details)
    {
        foreach (var trail in audit)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.User, name) { UserName = userName, Details = details });
        }
    }
}
