using DurhamCms.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// Publishes and unpublishes on time: once the host has started (<see cref="BackgroundStart"/>) it
/// runs every schedule already due (so a restart loses nothing), then sleeps until the next one falls due or a new one is committed.
/// </summary>
internal sealed class PublishScheduler(
    IServiceScopeFactory scopes,
    ScheduleSignal signal,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    BackgroundStart start,
    ILogger<PublishScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await start.ProceedAsync(stoppingToken))
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(options.Value.SchedulerPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = poll;
            try
            {
                wait = await RunDueAsync(poll);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Scheduled publishing could not run; trying again shortly.");
                wait = TimeSpan.FromSeconds(5);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await signal.Signal.WaitAsync(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<TimeSpan> RunDueAsync(TimeSpan poll)
    {
        IReadOnlyList<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().DueAsync(clock.GetUtcNow().UtcDateTime);
        }

        var failed = false;
        foreach (var id in due)
        {
            // A scope per schedule: one failing item does not take the others' changes with it.
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunAsync(id);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Schedule {Id} failed; it stays due and is tried again.", id);
                failed = true;
            }
        }

        await using var next = scopes.CreateAsyncScope();
        var nextDue = await next.ServiceProvider.GetRequiredService<ScheduledPublisher>().NextDueAsync();
        if (nextDue is null)
        {
            return poll;
        }

        // A schedule that failed stays due: try it again, but not in a tight loop.
        var until = nextDue.Value - clock.GetUtcNow().UtcDateTime;
        var soonest = failed ? TimeSpan.FromSeconds(30) : TimeSpan.FromMilliseconds(200);
        return until < soonest ? soonest : until < poll ? until : poll;
    }
}
