using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>Approve with a publish time: the item goes live then, also when the host restarts in between.</summary>
public sealed class ScheduledPublishingTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task An_update_approved_for_publishing_in_three_seconds_goes_live_after_a_restart(string provider)
    {
        var first = new TestSite(provider) { KeepData = true };
        await first.CreateCastAsync();
        var id = await first.NewUpdateAsync("alice", "Scheduled across a restart: four listening sessions.");
        Assert.True((await first.TransitionAsync("alice", id, "Submit")).Succeeded);

        var publishAt = DateTime.UtcNow.AddSeconds(3);
        var approved = await first.TransitionAsync("erin", id, "Approve", "Good to go Monday", publishAt);
        Assert.True(approved.Succeeded, approved.Error);
        Assert.Equal("Approved", approved.Status?.State);
        Assert.NotNull(approved.Status?.ScheduledPublishUtc);
        Assert.Null(await first.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        await first.DisposeAsync();

        // Down past the publish time: the next start must run what fell due while it was down.
        await Task.Delay(publishAt - DateTime.UtcNow + TimeSpan.FromSeconds(1));
        await using var second = first.Restart();
        using var resident = second.CreateClient();
        await WorkflowTestSite.EventuallyAsync(
            async () => await second.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)) is not null,
            TimeSpan.FromSeconds(30),
            "the scheduled publish: " + await SchedulesAsync(second));
        await WorkflowTestSite.EventuallyAsync(
            async () => (await resident.GetStringAsync(SeededInitiativePageTests.Path)).Contains("four listening sessions", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the scheduled update on the initiative page");

        var status = await second.StatusAsync(id);
        Assert.Equal("Published", status?.State);
        Assert.Null(status?.ScheduledPublishUtc);
        var history = await second.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(id));
        Assert.Equal(["Submit", "Approve", "PublishedBySchedule"], history.Select(h => h.Transition));
    }

    private static Task<string> SchedulesAsync(TestSite site) => site.InScopeAsync(async sp =>
        string.Join("; ", (await sp.GetRequiredService<DurhamCms.Data.DurhamDbContext>().Set<DurhamCms.Contents.Scheduling.PublishScheduleRecord>().ToListAsync())
            .Select(r => $"{r.Action} due {r.DueUtc:O} done {r.DoneUtc:O} {r.Outcome}")));

    [Fact]
    public async Task A_schedule_while_the_host_runs_publishes_on_time_and_a_past_time_is_refused()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Published by the running scheduler.");
        await site.TransitionAsync("alice", id, "Submit");

        var past = await site.TransitionAsync("erin", id, "Approve", publishAtUtc: DateTime.UtcNow.AddMinutes(-5));
        Assert.False(past.Succeeded);
        Assert.Contains("has passed", past.Error, StringComparison.Ordinal);

        Assert.True((await site.TransitionAsync("erin", id, "Approve", publishAtUtc: DateTime.UtcNow.AddSeconds(2))).Succeeded);
        await WorkflowTestSite.EventuallyAsync(
            async () => await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)) is not null,
            TimeSpan.FromSeconds(20),
            "the scheduled publish");
        Assert.Equal("Published", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task Changes_requested_after_an_approval_cancel_its_publish_schedule()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Not to go out.");
        await site.TransitionAsync("alice", id, "Submit");

        Assert.True((await site.TransitionAsync("erin", id, "Approve", publishAtUtc: DateTime.UtcNow.AddSeconds(3))).Succeeded);
        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "Hold it: figures are wrong")).Succeeded);
        Assert.Null((await site.StatusAsync(id))?.ScheduledPublishUtc);

        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        Assert.Equal("ChangesRequested", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task An_update_edited_after_its_publish_was_scheduled_is_not_published_and_needs_approving_again()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "As approved.");
        await site.TransitionAsync("alice", id, "Submit");
        Assert.True((await site.TransitionAsync("erin", id, "Approve", publishAtUtc: DateTime.UtcNow.AddSeconds(2))).Succeeded);

        await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var latest = await contentManager.GetAsync(id, VersionOptions.Latest);
            latest!.GetOrCreatePartJson("StatusUpdate")["WhatWeHaveBeenDoing"] = new System.Text.Json.Nodes.JsonObject { ["Html"] = "<p>Not as approved.</p>" };
            Assert.True((await contentManager.UpdateAsync(latest)).Succeeded);
        });

        await WorkflowTestSite.EventuallyAsync(
            async () => (await SchedulesAsync(site)).Contains("Cancelled", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20),
            "the schedule to come due and be cancelled");
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
        // The change withdrew the approval, and with it the schedule, at once rather than at the due time.
        Assert.Contains("changed after it was approved", await SchedulesAsync(site), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_of_a_type_outside_the_workflow_with_a_publish_later_time_is_published_then()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(sp => sp.GetRequiredService<DurhamCms.ContentManagement.Metadata.IContentDefinitionManager>().AlterTypeDefinitionAsync("Notice", t => t
            .Creatable().Draftable()
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("PublishLaterPart", p => p.WithPosition("1"))));
        var id = await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var notice = await contentManager.NewAsync("Notice");
            notice.DisplayText = "Pool opens";
            notice.GetOrCreatePartJson("TitlePart")["Title"] = "Pool opens";
            notice.GetOrCreatePartJson("PublishLaterPart")["ScheduledPublishUtc"] = DateTime.UtcNow.AddSeconds(2);
            Assert.True((await contentManager.CreateAsync(notice, VersionOptions.Draft)).Succeeded);
            return notice.ContentItemId;
        });

        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        await WorkflowTestSite.EventuallyAsync(
            async () => await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)) is not null,
            TimeSpan.FromSeconds(20),
            "the publish-later time");
    }

    [Fact]
    public async Task A_live_initiative_scheduled_to_unpublish_goes_off_the_site_then_and_an_author_cannot_schedule()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        using var resident = site.CreateClient();

        var refused = await site.TransitionAsync("alice", DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311, "Schedule", unpublishAtUtc: DateTime.UtcNow.AddSeconds(2));
        Assert.False(refused.Succeeded);
        var none = await site.TransitionAsync("erin", DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311, "Schedule");
        Assert.False(none.Succeeded);
        Assert.Contains("needs a publish or unpublish time", none.Error, StringComparison.Ordinal);

        var scheduled = await site.TransitionAsync("erin", DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311, "Schedule", unpublishAtUtc: DateTime.UtcNow.AddSeconds(2));
        Assert.True(scheduled.Succeeded, scheduled.Error);
        Assert.Equal("Published", scheduled.Status?.State);
        Assert.NotNull(scheduled.Status?.ScheduledUnpublishUtc);

        await WorkflowTestSite.EventuallyAsync(
            async () => (await resident.GetAsync(new Uri(SeededInitiativePageTests.Path, UriKind.Relative))).StatusCode == System.Net.HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(20),
            "the initiative to go off the site");
        Assert.Equal("Draft", (await site.StatusAsync(DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311))?.State);
    }
}
