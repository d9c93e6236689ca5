using DurhamCms.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// Sweeps the reporting calendar every <see cref="ReportingOptions.SweepInterval"/> on the site's
/// <see cref="TimeProvider"/> (a test moves a fake clock). Every node may run it: the claim rows
/// keep each reminder to one sending. The first sweep waits for <see cref="BackgroundStart"/>.
/// </summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, IOptions<ReportingOptions> options, TimeProvider clock, BackgroundStart start, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled)
        {
            return;
        }

        if (!await start.ProceedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away, or the site not set up yet: the next sweep tries again.
                logger.LogWarning(e, "The reporting reminders could not be swept; trying again at the next interval.");
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
