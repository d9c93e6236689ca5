namespace DurhamCms.Contents.Scheduling;

/// <summary>Wakes a background loop early (a schedule or an email was just committed) instead of waiting out its interval.</summary>
public sealed class WorkSignal
{
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _pulse, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns after <paramref name="wait"/>, on a pulse, or when stopping.</summary>
    public async Task WaitAsync(TimeSpan wait, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _pulse).Task;
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, clock, timeout.Token);
        await Task.WhenAny(pulse, delay);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>The scheduler's wake-up: pulsed when a schedule is committed.</summary>
public sealed class ScheduleSignal
{
    public WorkSignal Signal { get; } = new();
}
