using System.Security.Claims;
using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin;
using DurhamCms.Security;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// Data entry by period: one measure's value (where a reminder links), or every measure the user
/// reports at once, saved as drafts and submitted for review together. Nothing is saved unless
/// every row is valid; a refused page keeps everything typed and names each measure at fault.
/// </summary>
[Admin]
public sealed class ReportingEntryController(
    IContentManager contents,
    IContentNumberSource numbers,
    ReportingDuties duties,
    ReportingCalendar calendar,
    MeasureValueEntry entry,
    PeriodLocks locks,
    IAuthorizationService authorization) : Controller
{
    [HttpGet(ReportingUrls.Enter)]
    public async Task<IActionResult> Bulk(string? period) =>
        await PeriodAsync(period) is { } due ? View("Index", await PageAsync(due, await MineAsync(due), null)) : BadPeriod(period);

    [HttpGet(ReportingUrls.Enter + "/{id}")]
    public async Task<IActionResult> One(string id, string? period)
    {
        if (await PeriodAsync(period) is not { } due)
        {
            return BadPeriod(period);
        }

        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } measure)
        {
            return NotFound();
        }

        if (!await MayEnterAsync(measure))
        {
            return Forbid();
        }

        return measure.ContentType == PlanContent.KeyMeasure.Type ? View("Index", await PageAsync(due, [measure], null)) : NotAMeasure(measure);
    }

    [HttpPost(ReportingUrls.Enter)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string? period, [FromForm(Name = "ids")] string[] ids, string? command)
    {
        if (await PeriodAsync(period) is not { } due)
        {
            return BadPeriod(period);
        }

        var measures = (await contents.GetManyAsync(ids, VersionOptions.Latest)).Where(m => m.ContentType == PlanContent.KeyMeasure.Type).ToList();
        var inputs = measures.ToDictionary(m => m.ContentItemId, m => new MeasureValueInput(m.ContentItemId, Request.Form[$"value:{m.ContentItemId}"].ToString(), Request.Form[$"note:{m.ContentItemId}"].ToString(), Request.Form[$"confirm:{m.ContentItemId}"] == "true"), StringComparer.Ordinal);
        var titles = await TitlesAsync(measures);
        var problems = new List<string>();
        var toConfirm = new HashSet<string>(StringComparer.Ordinal);
        var typed = inputs.Values.Where(i => i.Value.Trim().Length > 0).ToList();
        if (typed.Count == 0)
        {
            problems.Add($"Type at least one value for {due.Period.Label}.");
        }

        foreach (var input in typed)
        {
            var measure = measures.First(m => m.ContentItemId == input.ContentItemId);
            if (!await MayEnterAsync(measure))
            {
                problems.Add($"'{titles[measure.ContentItemId]}': you do not report this measure, so its value was not taken.");
                continue;
            }

            // Validated on a copy standing for the draft it will become, so that nothing is stored
            // unless every row passes: the field's rules and the period lock, in their own words.
            var trial = measure.Clone();
            trial.Published = false;
            var errors = MeasureValueEntry.Apply(trial, due, input).ToList();
            if (errors.Count == 0)
            {
                errors.AddRange((await contents.ValidateAsync(trial)).Errors.Select(e => e.Message));
            }

            problems.AddRange(errors.Select(e => $"'{titles[measure.ContentItemId]}': {e}"));
            if (errors.Any(MeasureOutliers.AsksConfirmation))
            {
                toConfirm.Add(measure.ContentItemId);
            }
        }

        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(due, measures, new EntryOutcome(problems, inputs, toConfirm)));
        }

        var notes = new List<string>();
        foreach (var input in typed)
        {
            var working = await entry.WorkingCopyAsync(measures.First(m => m.ContentItemId == input.ContentItemId));
            MeasureValueEntry.Apply(working, due, input);
            var refused = await entry.SaveAsync(working);
            notes.AddRange(refused.Select(e => $"'{titles[input.ContentItemId]}' was not saved: {e}"));
            if (refused.Count == 0 && command == "submit" && await entry.SubmitAsync(working, User) is { } notSubmitted)
            {
                notes.Add($"'{titles[input.ContentItemId]}' was saved as a draft but not submitted: {notSubmitted}");
            }
        }

        var done = command == "submit" ? "saved and submitted for review" : "saved as drafts";
        TempData["Notice"] = notes.Count == 0
            ? $"{(typed.Count == 1 ? "1 value" : $"{typed.Count} values")} for {due.Period.Label} {(typed.Count == 1 ? done.Replace("drafts", "a draft", StringComparison.Ordinal) : done)}."
            : string.Join(" ", notes);
        return LocalRedirect(measures.Count == 1 ? $"{ReportingUrls.Enter}/{Uri.EscapeDataString(measures[0].ContentItemId)}?period={Uri.EscapeDataString(due.Key)}" : $"{ReportingUrls.Enter}?period={Uri.EscapeDataString(due.Key)}");
    }

    [HttpPost("/admin/reporting/unlock/{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(string id, string? period, string? reason)
    {
        if (!await authorization.AuthorizeAsync(User, ReportingPermissions.UnlockPeriods))
        {
            return Forbid();
        }

        if (await PeriodAsync(period) is not { } due)
        {
            return BadPeriod(period);
        }

        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } measure)
        {
            return NotFound();
        }

        if (measure.ContentType != PlanContent.KeyMeasure.Type)
        {
            return NotAMeasure(measure);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(due, [measure], new EntryOutcome([$"Unlocking {due.Period.Label}: give the reason; the audit trail keeps it."], new Dictionary<string, MeasureValueInput>(), new HashSet<string>())));
        }

        await locks.UnlockAsync(measure, due.Key, reason.Trim(), User.Identity?.Name ?? "");
        TempData["Notice"] = $"{due.Period.Label} is unlocked until the measure is next published.";
        return LocalRedirect($"{ReportingUrls.Enter}/{Uri.EscapeDataString(id)}?period={Uri.EscapeDataString(due.Key)}");
    }

    private Task<bool> MayEnterAsync(ContentItem measure) => authorization.AuthorizeAsync(User, ContentPermissions.EditOwn(measure.ContentType), measure);

    /// <summary>The measures the user owns or reports that are reported by the period's kind.</summary>
    private async Task<IReadOnlyList<ContentItem>> MineAsync(DuePeriod due)
    {
        var frequency = due.Period.Kind == MeasurePeriodKind.Month ? ReportingFrequency.Monthly : ReportingFrequency.Quarterly;
        var mine = (await duties.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-"))
            .Where(d => d.IsMeasure && d.Frequency == frequency)
            .Select(d => d.ContentItemId)
            .ToList();
        return await contents.GetManyAsync(mine, VersionOptions.Latest);
    }

    /// <summary>The period asked for, or by default the last month that has ended.</summary>
    private async Task<DuePeriod?> PeriodAsync(string? period) =>
        string.IsNullOrWhiteSpace(period) ? calendar.Ended(ReportingFrequency.Monthly, await calendar.TodayAsync(), 1).First() : calendar.Find(period);

    private BadRequestObjectResult NotAMeasure(ContentItem item) =>
        BadRequest($"'{item.DisplayText}' is a {item.ContentType}: values by period are entered for key measures only.");

    private BadRequestObjectResult BadPeriod(string? period) =>
        BadRequest($"The period '{period}' is not a month or a quarter: use 2024-11 (a month) or FY2025 Q2 (a quarter).");

    private async Task<Dictionary<string, string>> TitlesAsync(IReadOnlyCollection<ContentItem> measures)
    {
        var numbered = await numbers.GetLatestNumbersAsync(measures.Select(m => m.ContentItemId).ToList());
        return measures.ToDictionary(m => m.ContentItemId, m => ReportingDuties.Title(m, numbered.GetValueOrDefault(m.ContentItemId)?.Number), StringComparer.Ordinal);
    }

    private async Task<ReportingEntryPage> PageAsync(DuePeriod due, IReadOnlyList<ContentItem> measures, EntryOutcome? outcome)
    {
        var titles = await TitlesAsync(measures);
        var rows = new List<ReportingEntryRow>();
        foreach (var measure in measures.OrderBy(m => titles[m.ContentItemId], StringComparer.Ordinal))
        {
            var published = PeriodLocks.PublishedValues(await contents.GetAsync(measure.ContentItemId, VersionOptions.Published));
            var current = PeriodLocks.PublishedValues(measure);
            var locked = PeriodLocks.Governs(measure) && published.ContainsKey(due.Key) && !(await locks.UnlockedAsync(measure.ContentItemId)).Contains(due.Key);
            var typed = outcome?.Inputs.GetValueOrDefault(measure.ContentItemId);
            rows.Add(new ReportingEntryRow(
                measure.ContentItemId,
                titles[measure.ContentItemId],
                typed?.Value ?? (current.TryGetValue(due.Key, out var value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""),
                typed?.Note ?? "",
                locked)
            {
                AsksConfirmation = outcome?.ToConfirm.Contains(measure.ContentItemId) == true,
                Confirmed = typed?.Confirmed == true,
            });
        }

        return new ReportingEntryPage(due, rows, outcome?.Problems ?? [], await authorization.AuthorizeAsync(User, ReportingPermissions.UnlockPeriods));
    }

    /// <param name="ToConfirm">Measures whose value is far outside their series: their rows offer the confirmation.</param>
    private sealed record EntryOutcome(IReadOnlyList<string> Problems, IReadOnlyDictionary<string, MeasureValueInput> Inputs, IReadOnlySet<string> ToConfirm);
}

public sealed record ReportingEntryRow(string ContentItemId, string Title, string Value, string Note, bool Locked)
{
    /// <summary>The value was refused as far outside its series: the row offers "I confirm this value is correct".</summary>
    public bool AsksConfirmation { get; init; }

    public bool Confirmed { get; init; }
}

public sealed record ReportingEntryPage(DuePeriod Period, IReadOnlyList<ReportingEntryRow> Rows, IReadOnlyList<string> Problems, bool CanUnlock);
