using DurhamCms.Time;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>The site's local clock without a site: a zone (New York unless named) over a test's clock.</summary>
public sealed class ZoneClock(TimeProvider clock, string zoneId = SiteTimeZone.DefaultId) : ILocalClock
{
    private readonly SiteTimeZone _zone = SiteTimeZone.Find(zoneId) ?? throw new ArgumentException($"no time zone '{zoneId}' on this machine", nameof(zoneId));

    public Task<SiteTimeZone> GetTimeZoneAsync() => Task.FromResult(_zone);

    public Task<DateTimeOffset> GetLocalNowAsync() => Task.FromResult(_zone.ToLocal(clock.GetUtcNow()));

    public Task<DateTimeOffset> ToLocalAsync(DateTimeOffset time) => Task.FromResult(_zone.ToLocal(time));

    public Task<DateTime> ToUtcAsync(DateTime local) => Task.FromResult(_zone.ToUtc(local));
}
