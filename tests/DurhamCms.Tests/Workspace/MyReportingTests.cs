using System.Net;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Workflows.Notifications;

namespace DurhamCms.Tests.Workspace;

/// <summary>"My reporting" on the dashboard, reporting compliance for Editors, and notifications in sentences.</summary>
public sealed class MyReportingTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateCastAsync();
        using var erin = await _site.SignInAsync("erin");
        using var assigned = await erin.PostFormAsync(ReportingOwnersController.PageUrl, [new("ids", SeededPlan.Measure311), new("Owner", "alice"), new("Reporters", "")]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task The_owners_dashboard_says_in_words_what_is_overdue_and_links_to_its_form_and_others_see_no_section()
    {
        using var alice = await _site.SignInAsync("alice");
        using var erin = await _site.SignInAsync("erin");

        var dashboard = WebUtility.HtmlDecode(await alice.GetPageAsync("/admin"));
        var editors = await erin.GetPageAsync("/admin");

        Assert.Contains("id=\"my-reporting\">My reporting</h2>", dashboard, StringComparison.Ordinal);
        Assert.Contains("3.11 — Engaged City Attendees: ", dashboard, StringComparison.Ordinal);
        Assert.Contains("Overdue: due on ", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ReportingUrls.Enter}/{SeededPlan.Measure311}?period=", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"my-reporting\"", editors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_see_compliance_by_priority_and_by_owner_with_percentages_and_Authors_are_refused()
    {
        using var erin = await _site.SignInAsync("erin");
        using var alice = await _site.SignInAsync("alice");

        var page = WebUtility.HtmlDecode(await erin.GetPageAsync(ReportingComplianceController.PageUrl));
        using var refused = await alice.GetAsync(ReportingComplianceController.PageUrl);

        Assert.Contains("<caption id=\"by-priority\">By priority</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Connected, Engaged, and Inclusive Communities</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">alice</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td>0%</td>", page, StringComparison.Ordinal);
        EditorPages.AssertRefused(refused);
    }

    [Theory]
    [InlineData("RequestChanges", "Please add the November figure.", "Erin asked for changes to '3.11 — FY2025 Q3': 'Please add the November figure.'")]
    [InlineData("Submit", null, "Erin submitted '3.11 — FY2025 Q3' for review.")]
    [InlineData("Approve", null, "Erin approved '3.11 — FY2025 Q3'; it is not published yet.")]
    [InlineData("Hold", null, "Erin chose 'Put on hold' for '3.11 — FY2025 Q3': it is now On hold.")]
    public void Notifications_read_as_sentences(string transition, string? comment, string expected) =>
        Assert.Equal(expected, NotificationSentences.For("Erin", transition, "Put on hold", "3.11 — FY2025 Q3", "On hold", comment, publishAtUtc: null, DurhamCms.Time.SiteTimeZone.Find("America/New_York")!));
}
