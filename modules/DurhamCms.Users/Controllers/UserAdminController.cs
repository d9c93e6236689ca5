using DurhamCms.Admin;
using DurhamCms.Data;
using DurhamCms.Security;
using DurhamCms.Users.Admin;
using DurhamCms.Users.Models;
using DurhamCms.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DurhamCms.Users.Controllers;

/// <summary>
/// The user admin: list, create, edit roles and email, disable and re-enable, reset a password.
/// Every action needs ManageUsers, checked here on the server whatever the menu shows.
/// </summary>
[Admin]
[Route("admin/users")]
public sealed class UserAdminController(
    UserManager<CmsUser> users,
    SignInManager<CmsUser> signIn,
    UserDirectory directory,
    UserAuditRecorder audit,
    IAuthorizationService authorization) : Controller
{
    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!await authorization.AuthorizeAsync(User, StandardPermissions.ManageUsers))
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1) => View(await directory.ListAsync(q, page));

    [HttpGet("create")]
    public async Task<IActionResult> Create() => View(await WithRolesAsync(new CreateUserViewModel()));

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserViewModel model)
    {
        await CheckRolesAsync(model);
        if (!ModelState.IsValid)
        {
            return View(await WithRolesAsync(model));
        }

        var user = new CmsUser { UserName = model.UserName.Trim(), Email = model.Email.Trim(), EmailConfirmed = true };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, model.Password);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return await LostRaceAsync(model);
        }

        if (!created.Succeeded)
        {
            AddErrors(created, nameof(CreateUserViewModel.Password));
            return View(await WithRolesAsync(model));
        }

        var roles = Distinct(model.Roles);
        if (roles.Count > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        await audit.RecordAsync(UserAuditRecorder.UserCreated, user.UserName, roles.Count > 0 ? $"Roles: {string.Join(", ", roles)}" : "Roles: none");
        TempData["Notice"] = $"User {user.UserName} created.";
        return Redirect(UserAdminUrls.List);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = new EditUserViewModel
        {
            Id = user.Id,
            UserName = user.UserName ?? "",
            Email = user.Email ?? "",
            IsEnabled = user.IsEnabled,
            Roles = (await users.GetRolesAsync(user)).ToList(),
        };
        return View(await WithRolesAsync(model));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, EditUserViewModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = user.Id;
        model.UserName = user.UserName ?? "";
        model.IsEnabled = user.IsEnabled;
        await CheckRolesAsync(model);
        var before = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var after = Distinct(model.Roles).Order(StringComparer.Ordinal).ToList();
        if (IsSelf(user) && before.Any(UserDirectory.IsAdministrator) && !after.Any(UserDirectory.IsAdministrator))
        {
            ModelState.AddModelError(nameof(model.Roles), "You cannot take the Administrator role from yourself: ask another administrator.");
        }

        if (!ModelState.IsValid)
        {
            return View(await WithRolesAsync(model));
        }

        if (!string.Equals(user.Email, model.Email.Trim(), StringComparison.Ordinal))
        {
            IdentityResult emailed;
            try
            {
                emailed = await users.SetEmailAsync(user, model.Email.Trim());
            }
            catch (Exception ex) when (LostRace.Is(ex))
            {
                return await LostRaceAsync(model);
            }

            if (!emailed.Succeeded)
            {
                AddErrors(emailed, nameof(model.Email));
                return View(await WithRolesAsync(model));
            }
        }

        var removed = before.Except(after, StringComparer.OrdinalIgnoreCase).ToList();
        var added = after.Except(before, StringComparer.OrdinalIgnoreCase).ToList();
        if (removed.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, removed);
        }

        if (added.Count > 0)
        {
            await users.AddToRolesAsync(user, added);
        }

        if (removed.Count + added.Count > 0)
        {
            // The session carries the roles as claims: end it so the next sign-in holds the new ones.
            await users.UpdateSecurityStampAsync(user);
            if (IsSelf(user))
            {
                await signIn.RefreshSignInAsync(user);
            }

            await audit.RecordAsync(UserAuditRecorder.RolesChanged, user.UserName!, $"{Names(before)} → {Names(after)}");
        }

        TempData["Notice"] = $"User {user.UserName} saved.";
        return Redirect(UserAdminUrls.List);
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsSelf(user))
        {
            TempData["Notice"] = "You cannot disable your own account.";
            return Redirect(UserAdminUrls.List);
        }

        if (user.IsEnabled)
        {
            user.IsEnabled = false;
            await users.UpdateAsync(user);

            // A new stamp ends the sessions the user already has.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(UserAuditRecorder.UserDisabled, user.UserName!);
        }

        TempData["Notice"] = $"User {user.UserName} disabled: they are signed out and cannot sign in.";
        return Redirect(UserAdminUrls.List);
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!user.IsEnabled)
        {
            user.IsEnabled = true;
            await users.UpdateAsync(user);
            await audit.RecordAsync(UserAuditRecorder.UserEnabled, user.UserName!);
        }

        TempData["Notice"] = $"User {user.UserName} enabled: they can sign in again.";
        return Redirect(UserAdminUrls.List);
    }

    [HttpGet("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View(new ResetPasswordViewModel { UserName = user.UserName ?? "" });
    }

    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordViewModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.UserName = user.UserName ?? "";
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, model.NewPassword);
        if (!reset.Succeeded)
        {
            AddErrors(reset, nameof(model.NewPassword));
            return View(model);
        }

        // A new password is the way back in for a locked-out user.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(UserAuditRecorder.PasswordReset, user.UserName!);
        TempData["Notice"] = $"The password of {user.UserName} has been reset; their sessions have ended.";
        return Redirect(UserAdminUrls.List);
    }

    // The validator checks names and emails before saving, but two administrators saving the same new
    // email at once both pass it; the unique index then refuses the second, which is a form message, not a 500.
    private async Task<IActionResult> LostRaceAsync(UserFormModel model)
    {
        ModelState.AddModelError(nameof(UserFormModel.Email),
            "Another user with this user name or email was saved a moment ago, so nothing was saved. Check the user list, then try again.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(await WithRolesAsync(model));
    }

    private bool IsSelf(CmsUser user) => string.Equals(users.GetUserId(User), user.Id, StringComparison.Ordinal);

    private async Task<T> WithRolesAsync<T>(T model) where T : UserFormModel
    {
        model.AvailableRoles = await directory.AssignableRolesAsync();
        return model;
    }

    private async Task CheckRolesAsync(UserFormModel model)
    {
        var available = (await directory.AssignableRolesAsync()).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = Distinct(model.Roles).Where(r => !available.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(model.Roles), $"There is no role that can be given named {string.Join(", ", unknown.Select(r => $"'{r}'"))}.");
        }
    }

    private void AddErrors(IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                var c when c.Contains("UserName", StringComparison.Ordinal) => nameof(CreateUserViewModel.UserName),
                var c when c.Contains("Email", StringComparison.Ordinal) => nameof(UserFormModel.Email),
                _ => "",
            };
            ModelState.AddModelError(field, error.Description);
        }
    }

    private static List<string> Distinct(IEnumerable<string>? roles) =>
        (roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Names(List<string> roles) => roles.Count == 0 ? "(none)" : string.Join(", ", roles);
}
