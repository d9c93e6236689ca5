using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Subscriptions.Services;

/// <summary>
/// Hourly, deletes pending subscriptions whose confirmation link expired
/// (<see cref="SubscriptionSignUp.DeleteExpiredAsync"/>). Every node runs it; the delete is one
/// idempotent statement, so running it on three nodes at once does no harm.
/// </summary>
public sealed class ExpiredSubscriptionSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiredSubscriptionSweep> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<SubscriptionSignUp>().DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} unconfirmed subscriptions whose link expired.", deleted);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment; the next hour tries again.
                logger.LogWarning(e, "The sweep of expired subscriptions failed.");
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
