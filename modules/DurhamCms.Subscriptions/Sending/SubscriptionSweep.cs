using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Subscriptions.Sending;

/// <summary>
/// Every <see cref="SubscriptionSendingOptions.SweepMinutes"/> on the site's clock: queues the
/// emails of updates whose publish could not, then the daily digests, and notes whether emails are
/// held for want of the site's public address (<see cref="HeldSubscriberEmails"/>). Every node runs it; the
/// outbox's deduplication keys make two nodes sweeping at once send each email once.
/// </summary>
internal sealed class SubscriptionSweep(IServiceScopeFactory scopes, IOptions<SubscriptionSendingOptions> options, TimeProvider clock, ILogger<SubscriptionSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(options.Value.SweepMinutes), clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var mailer = scope.ServiceProvider.GetRequiredService<SubscriptionMailer>();
                await mailer.CheckHeldAsync(stoppingToken);
                await mailer.SendMissedAsync(stoppingToken);
                await mailer.SendDigestsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away, or the site not set up yet: the next sweep tries again.
                logger.LogWarning(e, "Subscriber emails could not be swept; trying again at the next interval.");
            }
        }
    }
}
