using DurhamCms.Admin;
using DurhamCms.Security;
using DurhamCms.Templates.Models;
using DurhamCms.Templates.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Templates.Controllers;

/// <summary>
/// /admin/templates: the site's Liquid templates (ManageTemplates) and admin templates
/// (ManageAdminTemplates), by shape name. Liquid that does not parse is refused with the line and
/// column of the mistake; a saved or deleted template evicts the cached pages it may change.
/// </summary>
[Admin]
public sealed class TemplatesAdminController(IAuthorizationService authorization, TemplateChanges changes, LiquidTemplateCache cache) : Controller
{
    [HttpGet("/admin/templates")]
    public async Task<IActionResult> Index(bool admin, string? saved)
    {
        if (!await MayManageAsync(admin))
        {
            return Forbid();
        }

        var document = await changes.GetAsync(admin);
        return View(new TemplatesIndexModel(admin, document.Templates.OrderBy(t => t.Key, StringComparer.Ordinal).ToList(), saved));
    }

    [HttpGet("/admin/templates/edit")]
    public async Task<IActionResult> Edit(string? name, bool admin)
    {
        if (!await MayManageAsync(admin))
        {
            return Forbid();
        }

        if (string.IsNullOrEmpty(name))
        {
            return View(new TemplateEditModel { Admin = admin });
        }

        var document = await changes.GetAsync(admin);
        return document.Templates.TryGetValue(name, out var entry)
            ? View(new TemplateEditModel { Admin = admin, OriginalName = name, Name = name, Content = entry.Content, Description = entry.Description })
            : NotFound();
    }

    [HttpPost("/admin/templates/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromForm] TemplateEditModel form)
    {
        if (!await MayManageAsync(form.Admin))
        {
            return Forbid();
        }

        var name = (form.Name ?? "").Trim();
        var document = await changes.GetAsync(form.Admin);
        var problem = name.Length == 0 ? "A template needs the name of the shape it replaces, such as Content__LandingPage."
            : name.Length > 200 || name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.')) ? "A shape name is letters, digits, '_', '-' or '.' (at most 200)."
            : !string.Equals(form.OriginalName, name, StringComparison.Ordinal) && document.Templates.ContainsKey(name) ? $"There is already a template named '{name}'."
            : cache.DescribeParseError(form.Content ?? "") is { } error ? $"The Liquid does not parse: {error}"
            : null;
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form with { Problem = $"The template '{name}' was not saved. {problem}" });
        }

        if (!string.IsNullOrEmpty(form.OriginalName))
        {
            document.Templates.Remove(form.OriginalName);
        }

        document.Templates[name] = new TemplateEntry { Content = form.Content ?? "", Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim() };
        await changes.SaveAsync(form.Admin, document);
        return Redirect($"/admin/templates?admin={(form.Admin ? "true" : "false")}&saved={Uri.EscapeDataString(name)}");
    }

    [HttpPost("/admin/templates/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string? name, bool admin)
    {
        if (!await MayManageAsync(admin))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return BadRequest("Which template? The form names none.");
        }

        var document = await changes.GetAsync(admin);
        if (!document.Templates.Remove(name))
        {
            return NotFound();
        }

        await changes.SaveAsync(admin, document);
        return Redirect($"/admin/templates?admin={(admin ? "true" : "false")}");
    }

    private async Task<bool> MayManageAsync(bool admin) =>
        await authorization.AuthorizeAsync(User, admin ? Permissions.ManageAdminTemplates : Permissions.ManageTemplates);
}

public sealed record TemplatesIndexModel(bool Admin, IReadOnlyList<KeyValuePair<string, TemplateEntry>> Templates, string? Saved)
{
    public static bool IsRendered(bool admin, string shape) => TemplateShapes.IsRendered(shape, admin);
}

public sealed record TemplateEditModel
{
    public bool Admin { get; init; }
    public string? OriginalName { get; init; }
    public string? Name { get; init; }
    public string? Content { get; init; }
    public string? Description { get; init; }
    public string? Problem { get; init; }
}

/// <summary>The admin's link to the templates page.</summary>
internal sealed class TemplatesAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Templates", "/admin/templates", Permissions.ManageTemplates, 86)];
}
