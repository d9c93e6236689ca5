using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// An approval records the version (and text) it was for, on the state row, and every way of
/// publishing ("Publish now", the review queue, a scheduled time) publishes exactly that or refuses.
/// </summary>
public sealed class ApprovedVersionTests
{
    private static Task<EditorialStateRecord> RecordAsync(TestSite site, string id) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<EditorialStateRecord>().AsNoTracking().FirstAsync(r => r.ContentItemId == id));

    private static Task ChangeAsync(TestSite site, string id, string doing) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        var latest = await contentManager.GetAsync(id, VersionOptions.Latest) ?? throw new InvalidOperationException($"No item {id}.");
        latest.GetOrCreatePartJson(WorkflowTestSite.UpdateType)["WhatWeHaveBeenDoing"] = new JsonObject { ["Html"] = $"<p>{doing}</p>" };
        Assert.True((await contentManager.UpdateAsync(latest)).Succeeded);
    });

    /// <summary>
    /// The item stands "Approved" again over a text changed after the approval, as if the change's
    /// withdrawal had been lost: only the recorded approval still stands between it and the site.
    /// </summary>
    private static Task ForceApprovedAsync(TestSite site, string id) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DurhamDbContext>();
        var record = await db.Set<EditorialStateRecord>().FirstAsync(r => r.ContentItemId == id);
        record.State = "Approved";
        record.Stamp = Guid.NewGuid();
        await db.SaveChangesAsync();
    });

    private static async Task<string> ApprovedUpdateAsync(TestSite site, string doing, DateTime? publishAt = null)
    {
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", doing);
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        var approved = await site.TransitionAsync("erin", id, "Approve", publishAtUtc: publishAt);
        Assert.True(approved.Succeeded, approved.Error);
        return id;
    }

    [Theory]
    [Trait("Category", "PostgreSql")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_approval_records_its_version_and_publish_now_puts_exactly_that_version_live(string provider)
    {
        await using var site = new TestSite(provider);
        var id = await ApprovedUpdateAsync(site, "Approved text.");
        var approvedVersion = await site.LatestAsync(id);

        var record = await RecordAsync(site, id);
        Assert.Equal(approvedVersion.ContentItemVersionId, record.ApprovedContentItemVersionId);
        Assert.Equal(approvedVersion.VersionStamp, record.ApprovedVersionStamp);

        using var erin = await site.SignInAsync("erin");
        using var published = await erin.PostFormAsync(EditorPages.EditUrl(id), [], $"/admin/contents/{id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(approvedVersion.ContentItemVersionId, (await site.PublishedAsync(id))?.ContentItemVersionId);
        Assert.Null((await RecordAsync(site, id)).ApprovedContentItemVersionId);
    }

    [Theory]
    [Trait("Category", "PostgreSql")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Publish_now_and_the_review_queue_refuse_a_text_the_recorded_approval_does_not_cover(string provider)
    {
        await using var site = new TestSite(provider);
        var id = await ApprovedUpdateAsync(site, "Approved text.");
        await ChangeAsync(site, id, "Unreviewed text.");
        Assert.NotNull((await RecordAsync(site, id)).ApprovedContentItemVersionId);
        await ForceApprovedAsync(site, id);
        using var erin = await site.SignInAsync("erin");

        using var publishNow = await erin.PostFormAsync(EditorPages.EditUrl(id), [], $"/admin/contents/{id}/publish");
        using var fromQueue = await erin.PostFormAsync("/admin/review", [new("transition", "Publish"), new("returnUrl", "/admin/review")], $"/admin/contents/{id}/transition");

        Assert.Null(await site.PublishedAsync(id));
        Assert.Contains(EditorialWithdrawal.ChangedAfterApproval, await erin.GetPageAsync("/admin/review"), StringComparison.Ordinal);
        Assert.Equal(EditorialWithdrawal.ChangedAfterApproval, (await site.TransitionAsync("erin", id, "Publish")).Error);
    }

    [Fact]
    public async Task A_scheduled_publish_is_cancelled_when_the_recorded_approval_does_not_cover_the_text()
    {
        await using var site = new TestSite();
        var id = await ApprovedUpdateAsync(site, "Approved text.", publishAt: DateTime.UtcNow.AddHours(1));
        var scheduleId = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishScheduleRecord>().Where(r => r.ContentItemId == id).Select(r => r.Id).SingleAsync());
        // The text changes without the schedule noticing (its own check looks at times and versions).
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var record = await db.Set<EditorialStateRecord>().FirstAsync(r => r.ContentItemId == id);
            record.ApprovedVersionStamp = -1;
            await db.SaveChangesAsync();
        });

        await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().RunAsync(scheduleId));

        Assert.Null(await site.PublishedAsync(id));
        var outcome = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishScheduleRecord>().Where(r => r.Id == scheduleId).Select(r => r.Outcome).SingleAsync());
        Assert.Contains(EditorialWithdrawal.ChangedAfterApproval, outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_who_edits_and_publishes_an_approved_item_at_once_publishes_what_they_saved()
    {
        await using var site = new TestSite();
        var id = await ApprovedUpdateAsync(site, "Approved text.");
        using var erin = await site.SignInAsync("erin");

        using var response = await erin.SaveAsync(id, [new("StatusUpdate.Period.Text", "FY2019 Q2"), new("transition", "Publish")], command: "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("FY2019 Q2", (await site.PublishedAsync(id))!.Text("StatusUpdate", "Period"));
    }
}
