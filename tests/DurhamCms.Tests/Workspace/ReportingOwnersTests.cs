using System.Net;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workspace;

/// <summary>
/// Each initiative and key measure has an owner and reporters, reassigned by Editors alone or in
/// bulk; they edit its drafts whoever created it ("An Author cannot add a month to a Key Measure
/// owned by someone else").
/// </summary>
public sealed class ReportingOwnersTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateCastAsync();
        await _site.CreateUserAsync("bob", "Author");
        await _site.CreateUserAsync("carl", "Author");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task The_owner_and_a_reporter_edit_a_measure_someone_else_created_and_other_authors_still_cannot()
    {
        using var alice = await _site.SignInAsync("alice");
        using var carl = await _site.SignInAsync("carl");
        using (var before = await alice.GetAsync(EditorPages.EditUrl(SeededPlan.Measure311)))
        {
            EditorPages.AssertRefused(before);
        }

        await AssignAsync([SeededPlan.Measure311], "alice", "bob");
        using var bob = await _site.SignInAsync("bob");

        using var saved = await alice.SaveAsync(SeededPlan.Measure311, [new("KeyMeasure.Source.Text", "City survey, November")]);
        var reporterPage = await bob.GetPageAsync(EditorPages.EditUrl(SeededPlan.Measure311));
        using var other = await carl.GetAsync(EditorPages.EditUrl(SeededPlan.Measure311));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("City survey, November", (await _site.LatestAsync(SeededPlan.Measure311)).Text("KeyMeasure", "Source"));
        Assert.Contains("Save draft", reporterPage, StringComparison.Ordinal);
        EditorPages.AssertRefused(other);
        Assert.Contains("Submit", await _site.TransitionNamesAsync("alice", SeededPlan.Measure311));
    }

    [Fact]
    public async Task An_Editor_reassigns_several_items_at_once_and_the_index_knows_who_reports_what()
    {
        await AssignAsync([SeededPlan.Initiative311, SeededPlan.Measure311], "alice", "bob, carl");

        var rows = await _site.InScopeAsync(async sp => await sp.GetRequiredService<DurhamDbContext>().Set<ReportingAssignmentIndex>()
            .Where(x => x.Latest)
            .Select(x => new { x.ContentItemId, x.Role, x.UserId })
            .ToListAsync());
        var aliceId = await UserIdAsync("alice");
        var page = await (await _site.SignInAsync("erin")).GetPageAsync(ReportingOwnersController.PageUrl);

        Assert.Contains(rows, r => r.ContentItemId == SeededPlan.Initiative311 && r.Role == ReportingAssignmentIndex.OwnerRole && r.UserId == aliceId);
        Assert.Contains(rows, r => r.ContentItemId == SeededPlan.Measure311 && r.Role == ReportingAssignmentIndex.OwnerRole && r.UserId == aliceId);
        Assert.Equal(2, rows.Count(r => r.ContentItemId == SeededPlan.Measure311 && r.Role == ReportingAssignmentIndex.ReporterRole));
        Assert.Contains("<td>alice</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>bob, carl</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reassignment_naming_an_unknown_user_says_who_and_changes_nothing()
    {
        using var erin = await _site.SignInAsync("erin");

        using var response = await erin.PostFormAsync(ReportingOwnersController.PageUrl, [new("ids", SeededPlan.Measure311), new("Owner", "alice"), new("Reporters", "nobody")]);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Reporters: no user is named &#x27;nobody&#x27;.", body, StringComparison.Ordinal);
        Assert.Empty(ReportingPart.OwnerIds(await _site.LatestAsync(SeededPlan.Measure311)));
    }

    [Fact]
    public async Task Authors_cannot_reassign_neither_on_the_owners_page_nor_in_the_editor()
    {
        await AssignAsync([SeededPlan.Measure311], "alice", "");
        using var alice = await _site.SignInAsync("alice");

        using var page = await alice.GetAsync(ReportingOwnersController.PageUrl);
        using var handOn = await alice.SaveAsync(SeededPlan.Measure311, [new("ReportingPart.Owner.UserNames", "carl")]);
        var body = await handOn.Content.ReadAsStringAsync();

        EditorPages.AssertRefused(page);
        Assert.NotEqual(HttpStatusCode.Redirect, handOn.StatusCode);
        Assert.Contains("Only an Editor or an Administrator changes who owns and reports this item", body, StringComparison.Ordinal);
        Assert.Equal([await UserIdAsync("alice")], ReportingPart.OwnerIds(await _site.LatestAsync(SeededPlan.Measure311)));
    }

    private async Task AssignAsync(string[] ids, string owner, string reporters)
    {
        using var erin = await _site.SignInAsync("erin");
        using var response = await erin.PostFormAsync(ReportingOwnersController.PageUrl, [.. ids.Select(id => new KeyValuePair<string, string>("ids", id)), new("Owner", owner), new("Reporters", reporters)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Reassigning answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private Task<string> UserIdAsync(string userName) => _site.InScopeAsync(async sp =>
        (await sp.GetRequiredService<DurhamCms.Users.IUserDirectory>().FindByNameAsync(userName))!.Id);
}
