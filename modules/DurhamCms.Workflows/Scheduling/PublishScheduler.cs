using DurhamCms.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Workflows.Scheduling;

/// <summary>
/// Publishes and unpublishes on time: at start it runs every schedule already due (so a restart
/// loses nothing), then sleeps until the next one falls due or a new one is committed.
/// </summary>
internal sealed class PublishScheduler(
    IServiceScopeFactory scopes,
    WorkflowSignals signals,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<PublishScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
                await signals.Schedules.WaitAsync(wait, clock, stoppingToken);
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
            }
        }

        await using var next = scopes.CreateAsyncScope();
        var nextDue = await next.ServiceProvider.GetRequiredService<ScheduledPublisher>().NextDueAsync();
        if (nextDue is null)
        {
            return poll;
        }

        var until = nextDue.Value - clock.GetUtcNow().UtcDateTime;
        return until < TimeSpan.Zero ? TimeSpan.FromSeconds(1) : until < poll ? until : poll;
    }
}
