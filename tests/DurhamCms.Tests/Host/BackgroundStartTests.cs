using DurhamCms.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Host;

/// <summary>
/// The background loops' first pass waits for the host to have started and then for the start
/// delay on the site's clock, so that a node answers its first requests before it indexes,
/// publishes or sends. The clock is fake: nothing here waits for real time to pass.
/// </summary>
public sealed class BackgroundStartTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task The_first_pass_waits_for_the_host_to_start_and_then_for_the_delay_on_the_sites_clock()
    {
        using var lifetime = new Lifetime();
        var clock = new WatchedClock();
        var start = new BackgroundStart(lifetime, clock, Options.Create(new DurhamCmsOptions { BackgroundStartDelay = Delay }));

        var waiting = start.WaitAsync(CancellationToken.None);
        clock.Advance(Delay * 2);
        Assert.False(waiting.IsCompleted, "the first pass began before the host had started");
        Assert.False(clock.TimerCreated.Task.IsCompleted, "the delay began before the host had started");

        lifetime.NotifyStarted();
        await clock.TimerCreated.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted, "the first pass began before the delay had passed");

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_a_delay_the_first_pass_begins_as_the_host_starts()
    {
        using var lifetime = new Lifetime();
        var start = new BackgroundStart(lifetime, new FakeTimeProvider(), Options.Create(new DurhamCmsOptions { BackgroundStartDelay = TimeSpan.Zero }));

        var waiting = start.WaitAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        lifetime.NotifyStarted();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        // A loop that asks after the start goes on at once.
        await start.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_host_stopping_before_it_started_ends_the_wait()
    {
        using var stopping = new CancellationTokenSource();
        using var lifetime = new Lifetime();
        var start = new BackgroundStart(lifetime, new FakeTimeProvider(), Options.Create(new DurhamCmsOptions { BackgroundStartDelay = Delay }));

        var waiting = start.WaitAsync(stopping.Token);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>Tells when the delay's timer is made, so the test moves the clock only after it.</summary>
    private sealed class WatchedClock : FakeTimeProvider
    {
        public TaskCompletionSource TimerCreated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            TimerCreated.TrySetResult();
            return timer;
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _started = new();

        public CancellationToken ApplicationStarted => _started.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void NotifyStarted() => _started.Cancel();

        public void StopApplication()
        {
        }

        public void Dispose() => _started.Dispose();
    }
}
