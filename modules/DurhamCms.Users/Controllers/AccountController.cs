using DurhamCms.AuditTrail;
using DurhamCms.Users.Models;
using DurhamCms.Users.Security;
using DurhamCms.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Users.Controllers;

/// <summary>
/// Sign-in and sign-out. An unknown name, a wrong password and a disabled account get the same
/// words and take the same time, so the form never tells which names exist (only the audit
/// trail says which it was).
/// </summary>
public sealed class AccountController(
    SignInManager<CmsUser> signIn,
    UserManager<CmsUser> users,
    IPasswordHasher<CmsUser> hasher,
    DummyPasswordHash dummyHash,
    SignInThrottle throttle,
    IEnumerable<IAuditTrail> audit) : Controller
{
    public const string SignInFailedMessage = "The user name or password is incorrect, or the account is disabled.";

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
        // Counted by account when the name is known, so its name and its email share one count.
        var account = user?.Id ?? model.UserName;
        var address = ClientAddress(HttpContext);
        if (throttle.Check(account, address) is { } wait)
        {
            await RecordAsync("SignInThrottled", model.UserName, $"from {address}");
            return TooManyAttempts(this, model, wait);
        }

        if (user is null || !user.IsEnabled)
        {
            // Spend what checking a real password costs, or the quick answer names the unknown users.
            dummyHash.Verify(hasher, model.Password);
            throttle.RecordFailure(account, address);
            await RecordAsync("SignInFailed", model.UserName, user is null ? "unknown user" : "account disabled");
            ModelState.AddModelError("", SignInFailedMessage);
            return View(model);
        }

        // No lockout: a lock an attacker can set keeps the real user out. The throttle holds back guessing instead.
        var result = await signIn.PasswordSignInAsync(user, model.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.RecordSuccess(account, address);
            await RecordAsync("SignedIn", user.UserName, null);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/admin");
        }

        throttle.RecordFailure(account, address);
        await RecordAsync("SignInFailed", user.UserName, result.IsLockedOut ? "locked out (set before throttling)" : "wrong password");
        ModelState.AddModelError("", SignInFailedMessage);
        return View(model);
    }

    /// <summary>The address partitions are keyed by (the forwarded-headers middleware sets it behind a proxy).</summary>
    internal static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with Retry-After and the page again, saying how long to wait.</summary>
    internal static IActionResult TooManyAttempts(Controller controller, object model, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        controller.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        controller.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        controller.ModelState.AddModelError("", $"Too many attempts. Wait {seconds} second(s), then try again.");
        return controller.View(model);
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        var name = User.Identity?.Name;
        // Deleting the cookie in this browser is not enough: a copy of it would stay valid for
        // its 8 hours. A new security stamp makes every cookie issued before it fail the session
        // check at its next request. That ends the user's other sessions too, which for a CMS
        // admin is the safer side (a per-session table would be needed to end only this one).
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

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
