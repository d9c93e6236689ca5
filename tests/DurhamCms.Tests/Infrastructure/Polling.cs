using System.Diagnostics;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>Waiting for what a site's background work (indexing, outbox, a second host) makes true.</summary>
public static class Polling
{
    /// <summary>
    /// Polls until <paramref name="condition"/> holds and returns how long it took, or fails
    /// naming <paramref name="what"/> after <paramref name="timeout"/>. For work on a clock the
    /// test controls, advance a fake TimeProvider instead of waiting for it.
    /// </summary>
    public static async Task<TimeSpan> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"{what} did not happen within {timeout.TotalMilliseconds:N0} ms.");
            }

            await Task.Delay(20);
        }

        return watch.Elapsed;
    }
}
