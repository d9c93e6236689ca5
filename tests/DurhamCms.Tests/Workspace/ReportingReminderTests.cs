using System.Net;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Workspace;

/// <summary>
/// Reminders to a measure's owner and reporters, by email and in the app, through the outbox: before
/// the due date, on it, weekly while overdue, then to the Editors; once per rule and period.
/// </summary>
public sealed class ReportingReminderTests : IAsyncLifetime
{
    // February 2027 ends on the 28th, so its value is due on 15 March.
    private static readonly DateTimeOffset FiveDaysBefore = new(2027, 3, 10, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueDay = new(2027, 3, 15, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwoWeeksLate = new(2027, 3, 29, 17, 0, 0, TimeSpan.Zero);

    private readonly TestSmtpServer _smtp = new();
    private readonly FakeTimeProvider _clock = TestSiteOptions.FakeClock();
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _smtp.Start();
        var settings = _smtp.SiteSettings();
        settings["DurhamCms:Reporting:RemindersEnabled"] = "false";
        settings["DurhamCms:Smtp:LinkBaseUrl"] = "https://plan.example";
        _site = new TestSite(new TestSiteOptions { Settings = settings, Clock = _clock });
        await _site.CreateCastAsync();
        await _site.CreateUserAsync("bob", "Author");
        using var erin = await _site.SignInAsync("erin");
        using var assigned = await erin.PostFormAsync(ReportingOwnersController.PageUrl, [new("ids", SeededPlan.Measure311), new("Owner", "alice"), new("Reporters", "bob")]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task The_owner_and_the_reporter_are_reminded_by_email_and_in_the_app_with_a_link_to_the_periods_form()
    {
        _clock.SetUtcNow(FiveDaysBefore);

        await SweepAsync();

        var mail = Assert.Single(await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "alice@example.test") && m.Subject?.Contains("February 2027", StringComparison.Ordinal) == true));
        Assert.StartsWith("Due on Monday 15 March 2027: ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://plan.example/admin/reporting/enter/{SeededPlan.Measure311}?period=2027-02", mail.HtmlBody, StringComparison.Ordinal);
        var notes = await NotificationsAsync("2027-02");
        Assert.Equal(["alice", "bob"], notes.Select(n => n.UserName).Order(StringComparer.Ordinal));
        Assert.All(notes, n => Assert.StartsWith("Reminder: the value for February 2027 of '", n.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_rule_sends_once_per_period_even_when_two_nodes_sweep_at_the_same_moment()
    {
        _clock.SetUtcNow(FiveDaysBefore);
        await SweepAsync();
        await SweepAsync();
        _clock.SetUtcNow(DueDay);

        await Task.WhenAll(SweepAsync(), SweepAsync());

        var rules = await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<ReportingReminderRecord>()
            .Where(r => r.ContentItemId == SeededPlan.Measure311 && r.Period == "2027-02").Select(r => r.Rule).ToListAsync());
        Assert.Equal(["before", "due"], rules.Order(StringComparer.Ordinal));
        var alice = (await NotificationsAsync("2027-02")).Where(n => n.UserName == "alice").Select(n => n.Message).ToList();
        Assert.Equal(2, alice.Count);
        Assert.Contains(alice, m => m.StartsWith("Due today: the value for February 2027", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_weeks_late_the_owner_hears_weekly_and_the_Editors_are_told_who_owns_it()
    {
        _clock.SetUtcNow(TwoWeeksLate);

        await SweepAsync();

        var notes = await NotificationsAsync("2027-02");
        Assert.Contains(notes, n => n.UserName == "alice" && n.Message.StartsWith("Overdue by 14 days: the value for February 2027", StringComparison.Ordinal));
        var escalation = Assert.Single(notes, n => n.UserName == "erin");
        Assert.Contains("has not reported the value for February 2027, due on Monday 15 March 2027 (14 days ago). It is owned by alice.", escalation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(notes, n => n.UserName == "erin" && n.Message.StartsWith("Overdue by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_whose_value_is_entered_is_not_reminded()
    {
        // Entered on its due day: before February 2027 began it would be refused as a future period.
        _clock.SetUtcNow(DueDay);
        await _site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<DurhamCms.ContentManagement.IContentManager>();
            // Entered in a draft, as the entry form does: the latest version has it, the live one not yet.
            var measure = (await contents.GetAsync(SeededPlan.Measure311, DurhamCms.ContentManagement.VersionOptions.DraftRequired))!;
            var points = measure.GetPartJson("KeyMeasure")!["Series"]!["Points"]!.AsArray();
            points.Add(new System.Text.Json.Nodes.JsonObject { ["Period"] = "2027-02", ["Value"] = 12m });
            var result = await contents.UpdateAsync(measure);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        });

        await SweepAsync();

        Assert.Empty(await NotificationsAsync("2027-02"));
    }

    private Task<int> SweepAsync() => _site.InScopeAsync(sp => sp.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None));

    /// <summary>The in-app notifications about one period of the seeded measure (the sweep also finds the months before it unreported).</summary>
    private Task<List<NotificationRecord>> NotificationsAsync(string period) => _site.InScopeAsync(async sp =>
        (await sp.GetRequiredService<DurhamDbContext>().Set<NotificationRecord>().AsNoTracking().ToListAsync())
            .Where(n => n.Url is { } url && url.Contains(SeededPlan.Measure311, StringComparison.Ordinal) && url.EndsWith("period=" + period, StringComparison.Ordinal))
            .ToList());
}
