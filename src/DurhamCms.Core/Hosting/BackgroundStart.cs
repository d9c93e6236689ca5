using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DurhamCms.Hosting;

/// <summary>
/// Holds a background loop's first pass (search indexing, scheduled publishing, outbox, reminders)
/// until the host has started and <see cref="DurhamCmsOptions.BackgroundStartDelay"/> more has
/// passed on the site's <see cref="TimeProvider"/>. On two cores those passes competed with the
/// first requests a new node answers (its load balancer's health check, the first page), so a
/// restart served later; nothing they do is urgent to the second, and the passes then catch up on
/// everything that fell due meanwhile.
/// </summary>
public sealed class BackgroundStart(IHostApplicationLifetime lifetime, TimeProvider clock, IOptions<DurhamCmsOptions> options)
{
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Register runs the callback at once when the host has already started.
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (cancellationToken.Register(() => started.TrySetCanceled(cancellationToken)))
        {
            await started.Task;
        }

        var delay = options.Value.BackgroundStartDelay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    /// <summary>Waits as <see cref="WaitAsync"/>: true when the first pass may run, false when the host stopped first.</summary>
    public async Task<bool> ProceedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WaitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
