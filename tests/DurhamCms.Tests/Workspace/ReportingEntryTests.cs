using System.Net;
using DurhamCms.AuditTrail.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workspace;

/// <summary>
/// Entering a period's values: every measure one reports on one form, with the measure editor's
/// validation, submitted together; published periods locked until an Editor unlocks them (audited).
/// </summary>
public sealed class ReportingEntryTests : IAsyncLifetime
{
    // A month already past on the real clock these tests run by: a later one is refused as not begun.
    private const string Period = "2026-02";
    private readonly TestSite _site = new();
    private string _other = "";

    public async Task InitializeAsync()
    {
        await _site.CreateCastAsync();
        _other = await _site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().ListAsync("KeyMeasure", VersionOptions.Latest))
            .First(m => m.ContentItemId != SeededPlan.Measure311).ContentItemId);
        using var erin = await _site.SignInAsync("erin");
        using var assigned = await erin.PostFormAsync(ReportingOwnersController.PageUrl, [new("ids", SeededPlan.Measure311), new("ids", _other), new("Owner", "alice"), new("Reporters", "")]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task One_form_enters_the_period_for_every_measure_the_owner_reports_and_submits_them_together()
    {
        using var alice = await _site.SignInAsync("alice");
        var page = await alice.GetPageAsync($"{ReportingUrls.Enter}?period={Period}");

        using var response = await alice.PostFormAsync($"{ReportingUrls.Enter}?period={Period}", [
            new("period", Period), new("ids", SeededPlan.Measure311), new("ids", _other),
            new($"value:{SeededPlan.Measure311}", "31"), new($"value:{_other}", "7.5"), new($"note:{_other}", "Estimated"), new("command", "submit")]);

        Assert.Contains("Engaged City Attendees", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"value:{_other}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(31m, ValueOf(await _site.LatestAsync(SeededPlan.Measure311), Period));
        Assert.Equal(7.5m, ValueOf(await _site.LatestAsync(_other), Period));
        Assert.Equal("InReview", (await _site.StatusAsync(SeededPlan.Measure311))?.State);
        Assert.Equal("InReview", (await _site.StatusAsync(_other))?.State);
        Assert.NotNull(await _site.PublishedAsync(SeededPlan.Measure311));
        Assert.Null(ValueOf((await _site.PublishedAsync(SeededPlan.Measure311))!, Period));
    }

    [Fact]
    public async Task A_bad_row_names_its_measure_keeps_everything_typed_and_saves_nothing()
    {
        using var alice = await _site.SignInAsync("alice");

        using var response = await alice.PostFormAsync($"{ReportingUrls.Enter}?period={Period}", [
            new("period", Period), new("ids", SeededPlan.Measure311), new("ids", _other),
            new($"value:{SeededPlan.Measure311}", "about thirty"), new($"value:{_other}", "12"), new("command", "submit")]);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'3.11 — Engaged City Attendees': ", body, StringComparison.Ordinal);
        Assert.Contains("about thirty", body, StringComparison.Ordinal);
        Assert.Contains($"name=\"value:{_other}\" type=\"text\" inputmode=\"decimal\" value=\"12\"", body, StringComparison.Ordinal);
        Assert.Null(ValueOf(await _site.LatestAsync(SeededPlan.Measure311), Period));
        Assert.Null(ValueOf(await _site.LatestAsync(_other), Period));
    }

    [Fact]
    public async Task A_published_period_is_locked_until_an_Editor_unlocks_it_with_a_reason_that_the_audit_trail_keeps()
    {
        const string july = "2023-07";
        using var alice = await _site.SignInAsync("alice");
        using var erin = await _site.SignInAsync("erin");
        var form = $"{ReportingUrls.Enter}/{SeededPlan.Measure311}?period={july}";
        KeyValuePair<string, string>[] change = [new("period", july), new("ids", SeededPlan.Measure311), new($"value:{SeededPlan.Measure311}", "25"), new("command", "save")];

        var lockedPage = await alice.GetPageAsync(form);
        using var refused = await alice.PostFormAsync(form, change, ReportingUrls.Enter);
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var noReason = await erin.PostFormAsync(form, [new("period", july), new("reason", " ")], $"/admin/reporting/unlock/{SeededPlan.Measure311}");
        using var unlocked = await erin.PostFormAsync(form, [new("period", july), new("reason", "The department corrected July's count")], $"/admin/reporting/unlock/{SeededPlan.Measure311}");
        using var accepted = await alice.PostFormAsync(form, change, ReportingUrls.Enter);

        Assert.Contains("Locked: approved and published", lockedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The value for July 2023 was approved and published, so it is locked", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(25m, ValueOf(await _site.LatestAsync(SeededPlan.Measure311), july));
        var audit = await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<AuditTrailEvent>()
            .Where(e => e.Name == PeriodLocks.AuditName).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("erin", entry.UserName);
        Assert.Equal(SeededPlan.Measure311, entry.ContentItemId);
        Assert.Equal("The department corrected July's count", entry.Comment);

        Assert.True((await _site.TransitionAsync("erin", SeededPlan.Measure311, "Publish")).Succeeded);
        var open = await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PeriodUnlockRecord>().CountAsync(r => r.RelockedUtc == null));
        Assert.Equal(0, open);
        Assert.Contains("Locked: approved and published", await alice.GetPageAsync(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Author_cannot_unlock_a_period()
    {
        using var alice = await _site.SignInAsync("alice");

        using var response = await alice.PostFormAsync($"{ReportingUrls.Enter}/{SeededPlan.Measure311}?period=2023-07", [new("period", "2023-07"), new("reason", "I would like to")], $"/admin/reporting/unlock/{SeededPlan.Measure311}");

        EditorPages.AssertRefused(response);
        Assert.Equal(0, await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PeriodUnlockRecord>().CountAsync()));
    }

    private static decimal? ValueOf(ContentItem measure, string period) =>
        MeasureSeriesReader.Read(measure, "KeyMeasure", "Series").Points.FirstOrDefault(p => p.Period == period)?.Value;
}
