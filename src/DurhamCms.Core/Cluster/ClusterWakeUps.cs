using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DurhamCms.Cluster;

public static class ClusterWakeUps
{
    /// <summary>
    /// Wakes this node's background loop when another node signals <paramref name="channel"/>
    /// (a schedule, an email, an indexing task committed there), instead of at its next poll.
    /// </summary>
    public static IServiceCollection AddClusterWakeUp<TSignal>(this IServiceCollection services, string channel, Action<TSignal> wake)
        where TSignal : class =>
        services.AddSingleton<IHostedService>(sp => new WakeUpSubscriber(sp.GetRequiredService<IClusterBus>(), channel, () => wake(sp.GetRequiredService<TSignal>())));

    private sealed class WakeUpSubscriber(IClusterBus bus, string channel, Action wake) : IHostedService
    {
        private IDisposable? _subscription;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _subscription = bus.Subscribe(channel, _ =>
            {
                wake();
                return Task.CompletedTask;
            });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _subscription?.Dispose();
            return Task.CompletedTask;
        }
    }
}
