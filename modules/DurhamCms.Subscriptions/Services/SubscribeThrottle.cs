using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DurhamCms.Subscriptions.Services;

/// <summary>
/// Holds back floods of sign-ups, as the Users module's sign-in throttle does: sliding windows
/// partitioned by client address (every POST) and by email address (valid ones), the second
/// capping how often a stranger can make the site mail someone.
/// State lives in this process: with several nodes each counts its own, so behind a round-robin
/// balancer one client or one address gets at most nodes × the limit per window.
/// </summary>
public sealed class SubscribeThrottle : IDisposable
{
    private readonly SubscriptionOptions _options;
    private readonly PartitionedRateLimiter<string> _clients;
    private readonly PartitionedRateLimiter<string> _emails;

    public SubscribeThrottle(IOptions<SubscriptionOptions> options)
    {
        _options = options.Value;
        _clients = Limiter(_options.PerClientLimit);
        _emails = Limiter(_options.PerEmailLimit);
    }

    private TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, _options.RateWindowMinutes));

    /// <summary>Null when this client may post; otherwise how long to wait.</summary>
    public TimeSpan? CheckClient(string clientAddress) => Acquire(_clients, clientAddress);

    /// <summary>Null when <paramref name="normalizedEmail"/> may be mailed again; otherwise how long to wait.</summary>
    public TimeSpan? CheckEmail(string normalizedEmail) => Acquire(_emails, normalizedEmail);

    public void Dispose()
    {
        _clients.Dispose();
        _emails.Dispose();
    }

    private TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : Window;
    }

    private PartitionedRateLimiter<string> Limiter(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
}
