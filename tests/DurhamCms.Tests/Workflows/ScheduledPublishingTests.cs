using DurhamCms.ContentManagement;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// Approve with a publish time: the item goes live then, also when the host restarts in between.
/// Each site runs on a fake clock the test moves, so no test waits for a publish time to come.
/// </summary>
public sealed class ScheduledPublishingTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    public async Task An_update_approved_for_publishing_in_an_hour_goes_live_after_a_restart_past_that_hour(string provider)
    {
        var first = new TestSite(new TestSiteOptions { Provider = provider, Clock = TestSiteOptions.FakeClock() }) { KeepData = true };
        await first.CreateCastAsync();
        var id = await first.NewUpdateAsync("alice", "Scheduled across a restart: four listening sessions.");
        Assert.True((await first.TransitionAsync("alice", id, "Submit")).Succeeded);

        var publishAt = Now(first).AddHours(1);
        var approved = await first.TransitionAsync("erin", id, "Approve", "Good to go Monday", publishAt);
        Assert.True(approved.Succeeded, approved.Error);
        Assert.Equal("Approved", approved.Status?.State);
        Assert.NotNull(approved.Status?.ScheduledPublishUtc);
        Assert.Null(await first.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        await first.DisposeAsync();

        // Down past the publish time: the next start must run what fell due while it was down.
        await using var second = first.Restart(clock: new FakeTimeProvider(publishAt.AddMinutes(1)));
        using var resident = second.CreateClient();
        await Polling.EventuallyAsync(
            async () => await second.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)) is not null,
            TimeSpan.FromSeconds(30),
            "the scheduled publish: " + await SchedulesAsync(second));
        await Polling.EventuallyAsync(
            async () => (await resident.GetStringAsync(SeededInitiativePageTests.Path)).Contains("four listening sessions", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the scheduled update on the initiative page");

        var status = await second.StatusAsync(id);
        Assert.Equal("Published", status?.State);
        Assert.Null(status?.ScheduledPublishUtc);
        var history = await second.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(id));
        Assert.Equal(["Submit", "Approve", "PublishedBySchedule"], history.Select(h => h.Transition));
    }

    /// <summary>
    /// As above, with the scheduler's first pass held for a start delay (BackgroundStart), as in
    /// production: what fell due while the host was down still goes live, once the delay has passed
    /// on the site's clock.
    /// </summary>
    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task What_fell_due_while_down_goes_live_after_the_background_start_delay()
    {
        var first = new TestSite(new TestSiteOptions { Clock = TestSiteOptions.FakeClock() }) { KeepData = true };
        await first.CreateCastAsync();
        var id = await first.NewUpdateAsync("alice", "Scheduled across a delayed start: five listening sessions.");
        Assert.True((await first.TransitionAsync("alice", id, "Submit")).Succeeded);
        var publishAt = Now(first).AddHours(1);
        Assert.True((await first.TransitionAsync("erin", id, "Approve", "Good to go", publishAt)).Succeeded);
        await first.DisposeAsync();

        var clock = new FakeTimeProvider(publishAt.AddMinutes(1));
        await using var second = first.Restart(
            settings: new Dictionary<string, string?> { ["DurhamCms:BackgroundStartDelay"] = "00:00:05" },
            clock: clock);
        using var resident = second.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await resident.GetAsync("/health")).StatusCode);

        // The site's clock moves a second at a time (the delay is five); the real wait is only the poll's.
        await Polling.EventuallyAsync(
            async () =>
            {
                if (await second.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)) is not null)
                {
                    return true;
                }

                clock.Advance(TimeSpan.FromSeconds(1));
                return false;
            },
            TimeSpan.FromSeconds(30),
            "the scheduled publish after the start delay: " + await SchedulesAsync(second));
        Assert.Equal("Published", (await second.StatusAsync(id))?.State);
    }

    private static Task<string> SchedulesAsync(TestSite site) => site.InScopeAsync(async sp =>
        string.Join("; ", (await sp.GetRequiredService<DurhamCms.Data.DurhamDbContext>().Set<DurhamCms.Contents.Scheduling.PublishScheduleRecord>().ToListAsync())
            .Select(r => $"{r.Action} due {r.DueUtc:O} done {r.DoneUtc:O} {r.Outcome}")));

    [Fact]
    public async Task A_schedule_while_the_host_runs_publishes_on_time_and_a_past_time_is_refused()
    {
        await using var site = SiteOnFakeClock();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Published by the running scheduler.");
        await site.TransitionAsync("alice", id, "Submit");

        var past = await site.TransitionAsync("erin", id, "Approve", publishAtUtc: Now(site).AddMinutes(-5));
        Assert.False(past.Succeeded);
        Assert.Contains("has passed", past.Error, StringComparison.Ordinal);

        var publishAt = Now(site).AddHours(2);
        Assert.True((await site.TransitionAsync("erin", id, "Approve", publishAtUtc: publishAt)).Succeeded);
        site.Clock!.Advance(TimeSpan.FromHours(1));
        Assert.Null(await PublishedAsync(site, id));

        await AdvancePastAsync(site, publishAt, async () => await PublishedAsync(site, id) is not null, "the scheduled publish");
        Assert.Equal("Published", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task Changes_requested_after_an_approval_cancel_its_publish_schedule()
    {
        await using var site = SiteOnFakeClock();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Not to go out.");
        await site.TransitionAsync("alice", id, "Submit");

        Assert.True((await site.TransitionAsync("erin", id, "Approve", publishAtUtc: Now(site).AddHours(1))).Succeeded);
        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "Hold it: figures are wrong")).Succeeded);
        Assert.Null((await site.StatusAsync(id))?.ScheduledPublishUtc);

        // Nothing is left for the scheduler to run, however late it gets.
        Assert.Contains("Cancelled", await SchedulesAsync(site), StringComparison.Ordinal);
        site.Clock!.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().DueAsync(DateTime.MaxValue)));
        Assert.Null(await PublishedAsync(site, id));
        Assert.Equal("ChangesRequested", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task An_update_edited_after_its_publish_was_scheduled_is_not_published_and_needs_approving_again()
    {
        await using var site = SiteOnFakeClock();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "As approved.");
        await site.TransitionAsync("alice", id, "Submit");
        var publishAt = Now(site).AddHours(1);
        Assert.True((await site.TransitionAsync("erin", id, "Approve", publishAtUtc: publishAt)).Succeeded);

        // Edited a minute after the approval, as an author would be.
        site.Clock!.Advance(TimeSpan.FromMinutes(1));
        await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var latest = await contentManager.GetAsync(id, VersionOptions.Latest);
            latest!.GetOrCreatePartJson("StatusUpdate")["WhatWeHaveBeenDoing"] = new System.Text.Json.Nodes.JsonObject { ["Html"] = "<p>Not as approved.</p>" };
            Assert.True((await contentManager.UpdateAsync(latest)).Succeeded);
        });

        await AdvancePastAsync(site, publishAt, async () => (await SchedulesAsync(site)).Contains("Cancelled", StringComparison.Ordinal), "the schedule to come due and be cancelled");
        Assert.Null(await PublishedAsync(site, id));
        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
        // The change withdrew the approval, and with it the schedule, at once rather than at the due time.
        Assert.Contains("changed after it was approved", await SchedulesAsync(site), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_of_a_type_outside_the_workflow_with_a_publish_later_time_is_published_then()
    {
        await using var site = SiteOnFakeClock();
        var publishAt = Now(site).AddHours(1);
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
            notice.GetOrCreatePartJson("PublishLaterPart")["ScheduledPublishUtc"] = publishAt;
            Assert.True((await contentManager.CreateAsync(notice, VersionOptions.Draft)).Succeeded);
            return notice.ContentItemId;
        });

        Assert.Null(await PublishedAsync(site, id));
        await AdvancePastAsync(site, publishAt, async () => await PublishedAsync(site, id) is not null, "the publish-later time");
    }

    [Fact]
    public async Task A_live_initiative_scheduled_to_unpublish_goes_off_the_site_then_and_an_author_cannot_schedule()
    {
        await using var site = SiteOnFakeClock();
        await site.CreateCastAsync();
        using var resident = site.CreateClient();
        var unpublishAt = Now(site).AddHours(1);

        var refused = await site.TransitionAsync("alice", DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311, "Schedule", unpublishAtUtc: unpublishAt);
        Assert.False(refused.Succeeded);
        var none = await site.TransitionAsync("erin", DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311, "Schedule");
        Assert.False(none.Succeeded);
        Assert.Contains("needs a publish or unpublish time", none.Error, StringComparison.Ordinal);

        var scheduled = await site.TransitionAsync("erin", DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311, "Schedule", unpublishAtUtc: unpublishAt);
        Assert.True(scheduled.Succeeded, scheduled.Error);
        Assert.Equal("Published", scheduled.Status?.State);
        Assert.NotNull(scheduled.Status?.ScheduledUnpublishUtc);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await resident.GetAsync(new Uri(SeededInitiativePageTests.Path, UriKind.Relative))).StatusCode);
        await AdvancePastAsync(
            site,
            unpublishAt,
            async () => (await resident.GetAsync(new Uri(SeededInitiativePageTests.Path, UriKind.Relative))).StatusCode == System.Net.HttpStatusCode.NotFound,
            "the initiative to go off the site");
        Assert.Equal("Draft", (await site.StatusAsync(DurhamCms.Tests.StrategicPlan.Content.SeededPlan.Initiative311))?.State);
    }

    private static TestSite SiteOnFakeClock() => new(new TestSiteOptions { Clock = TestSiteOptions.FakeClock() });

    private static DateTime Now(TestSite site) => site.Clock!.GetUtcNow().UtcDateTime;

    private static Task<ContentItem?> PublishedAsync(TestSite site, string id) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id));

    /// <summary>
    /// Moves the site's clock past <paramref name="due"/>, then on a second at a time until the
    /// scheduler has done its part: it may still be working out its next wait when the clock
    /// first moves, and that wait (at least 200 ms of the site's time) must pass too.
    /// </summary>
    private static async Task AdvancePastAsync(TestSite site, DateTime due, Func<Task<bool>> done, string what)
    {
        var clock = site.Clock!;
        var late = new DateTimeOffset(due, TimeSpan.Zero).AddSeconds(1);
        if (clock.GetUtcNow() < late)
        {
            clock.SetUtcNow(late);
        }

        await Polling.EventuallyAsync(
            async () =>
            {
                if (await done())
                {
                    return true;
                }

                clock.Advance(TimeSpan.FromSeconds(1));
                return false;
            },
            TimeSpan.FromSeconds(30),
            what);
    }
}
