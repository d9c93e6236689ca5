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
        string.Join("; ", (await sp.GetRequiredService<DurhamCms.Data.DurhamDbContext>().Set<DurhamCms.Workflows.Models.PublishScheduleRecord>().ToListAsync())
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
    public async Task An_author_may_not_schedule_and_changes_requested_cancel_a_schedule()
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
}
