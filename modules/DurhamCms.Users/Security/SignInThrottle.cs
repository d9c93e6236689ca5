using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DurhamCms.Users.Security;

/// <summary>
/// Holds back password guessing without ever locking an account. Three partitions:
/// <list type="bullet">
/// <item>per client address, every attempt: a sliding-window partitioned rate limiter (a flood guard);</item>
/// <item>per (name, address), failures only: after <see cref="SignInThrottleOptions.FreeFailures"/>
/// each attempt is refused for a window that doubles with every further failure;</item>
/// <item>per name over all addresses, failures only: past the ceiling, the addresses that have
/// failed for the name wait too, but an address with no failure for it always reaches the
/// password check, so an attacker elsewhere can never keep the real user out.</item>
/// </list>
/// State lives in this process: with several nodes each node counts its own attempts.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly SignInThrottleOptions _options;
    private readonly TimeProvider _clock;
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly ConcurrentDictionary<(string Name, string Address), Failures> _pairs = new();
    private readonly ConcurrentDictionary<string, Failures> _names = new();

    public SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _addresses = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = _options.AddressAttempts,
            Window = _options.AddressWindow,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
    }

    /// <summary>Null when the attempt may go on to the password check; otherwise how long to wait.</summary>
    public TimeSpan? Check(string name, string address)
    {
        using var lease = _addresses.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : _options.AddressWindow;
        }

        var now = _clock.GetUtcNow();
        var key = Normalize(name);
        var pair = Current(_pairs, (key, address), now);
        var wait = Wait(pair, _options.FreeFailures, now);
        if (pair is not null && wait is null)
        {
            wait = Wait(Current(_names, key, now), _options.NameFailureCeiling, now);
        }

        return wait;
    }

    public void RecordFailure(string name, string address)
    {
        var now = _clock.GetUtcNow();
        var key = Normalize(name);
        Add(_pairs, (key, address), now);
        Add(_names, key, now);
        if (_pairs.Count > 100_000)
        {
            Forget(_pairs, now);
            Forget(_names, now);
        }
    }

    /// <summary>The right password from this address: its own count for the name starts again.</summary>
    public void RecordSuccess(string name, string address) => _pairs.TryRemove((Normalize(name), address), out _);

    public void Dispose() => _addresses.Dispose();

    private TimeSpan? Wait(Failures? failures, int free, DateTimeOffset now)
    {
        if (failures is null || failures.Count < free)
        {
            return null;
        }

        var doublings = Math.Min(failures.Count - free, 20);
        var delay = TimeSpan.FromTicks(Math.Min(_options.FirstDelay.Ticks << doublings, _options.MaxDelay.Ticks));
        var until = failures.Last + delay;
        return until > now ? until - now : null;
    }

    private Failures? Current<TKey>(ConcurrentDictionary<TKey, Failures> map, TKey key, DateTimeOffset now)
        where TKey : notnull =>
        map.TryGetValue(key, out var failures) && now - failures.Last < _options.ForgetAfter ? failures : null;

    private void Add<TKey>(ConcurrentDictionary<TKey, Failures> map, TKey key, DateTimeOffset now)
        where TKey : notnull =>
        map.AddOrUpdate(key, _ => new Failures(1, now), (_, old) => now - old.Last < _options.ForgetAfter ? new Failures(old.Count + 1, now) : new Failures(1, now));

    private void Forget<TKey>(ConcurrentDictionary<TKey, Failures> map, DateTimeOffset now)
        where TKey : notnull
    {
        foreach (var (key, failures) in map)
        {
            if (now - failures.Last >= _options.ForgetAfter)
            {
                map.TryRemove(key, out _);
            }
        }
    }

    private static string Normalize(string name) => name.Trim().ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset Last);
}
