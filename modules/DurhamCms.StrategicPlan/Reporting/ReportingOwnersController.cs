using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin;
using DurhamCms.Security;
using DurhamCms.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>Owners and reporters of every initiative and key measure, reassigned one at a time or many at once.</summary>
[Admin]
public sealed class ReportingOwnersController(
    IContentManager contents,
    IContentNumberSource numbers,
    IUserDirectory users,
    ReportingAssignments assignments,
    IAuthorizationService authorization) : Controller
{
    public const string PageUrl = "/admin/reporting/owners";

    [HttpGet(PageUrl)]
    public async Task<IActionResult> Index([FromQuery(Name = "ids")] string[]? selected)
    {
        if (!await authorization.AuthorizeAsync(User, ReportingPermissions.AssignReporting))
        {
            return Forbid();
        }

        return View(await PageAsync(new ReportingOwnersForm { Selected = selected ?? [] }, []));
    }

    [HttpPost(PageUrl)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Assign([FromForm] ReportingOwnersForm form)
    {
        if (!await authorization.AuthorizeAsync(User, ReportingPermissions.AssignReporting))
        {
            return Forbid();
        }

        var result = await assignments.AssignAsync(new ReassignmentRequest(form.Selected, form.Owner ?? "", form.Reporters ?? ""));
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(form, result.Problems));
        }

        TempData["Notice"] = result.Changed == 1 ? $"1 item now belongs to {form.Owner!.Trim()}." : $"{result.Changed} items now belong to {form.Owner!.Trim()}.";
        return LocalRedirect(PageUrl);
    }

    private async Task<ReportingOwnersPage> PageAsync(ReportingOwnersForm form, IReadOnlyList<string> problems)
    {
        var items = new List<ContentItem>();
        foreach (var type in ReportingAssignments.Types)
        {
            items.AddRange(await contents.ListAsync(type, VersionOptions.Latest));
        }

        var numbered = await numbers.GetLatestNumbersAsync(items.Select(i => i.ContentItemId).ToList());
        var names = await users.NamesByIdAsync(items.SelectMany(ReportingPart.AssigneeIds).Distinct(StringComparer.Ordinal).ToList());
        string Named(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, "(a deleted user)")));
        var rows = items
            .Select(i => new ReportingOwnersRow(
                i.ContentItemId,
                numbered.GetValueOrDefault(i.ContentItemId)?.Number ?? "",
                i.DisplayText ?? i.ContentItemId,
                i.ContentType == Models.PlanContent.KeyMeasure.Type ? "Key measure" : "Initiative",
                Named(ReportingPart.OwnerIds(i)),
                Named(ReportingPart.ReporterIds(i)),
                form.Selected.Contains(i.ContentItemId, StringComparer.Ordinal)))
            .OrderBy(r => r.Number.Length == 0)
            .ThenBy(r => r.Number, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        return new ReportingOwnersPage(rows, form, problems);
    }
}

public sealed class ReportingOwnersForm
{
    [FromForm(Name = "ids")]
    public string[] Selected { get; set; } = [];

    public string? Owner { get; set; }

    public string? Reporters { get; set; }
}

public sealed record ReportingOwnersRow(string ContentItemId, string Number, string Title, string Type, string Owner, string Reporters, bool Selected);

public sealed record ReportingOwnersPage(IReadOnlyList<ReportingOwnersRow> Rows, ReportingOwnersForm Form, IReadOnlyList<string> Problems);
