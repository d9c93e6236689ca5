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
        services.AddClusterSubscription<TSignal>(channel, (signal, _) => wake(signal));

    /// <summary>Hands <paramref name="handle"/> each payload another node sends on <paramref name="channel"/>, for as long as the host runs.</summary>
    public static IServiceCollection AddClusterSubscription<TService>(this IServiceCollection services, string channel, Action<TService, string> handle)
        where TService : class =>
        services.AddSingleton<IHostedService>(sp => new Subscriber(sp.GetRequiredService<IClusterBus>(), channel, payload => handle(sp.GetRequiredService<TService>(), payload)));

    private sealed class Subscriber(IClusterBus bus, string channel, Action<string> handle) : IHostedService
    {
        private IDisposable? _subscription;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _subscription = bus.Subscribe(channel, payload =>
            {
                handle(payload);
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
