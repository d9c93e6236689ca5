namespace DurhamCms.Time;

/// <summary>
/// The site's time zone, for everything a person reads or types: times are stored in UTC and
/// shown, or read from a form, in the site's zone (Orchard's <c>TimeZoneId</c> site setting).
/// </summary>
public interface ILocalClock
{
    /// <summary>The site's zone: the <c>TimeZoneId</c> setting, else <c>DurhamCms:TimeZone</c>, else America/New_York.</summary>
    Task<SiteTimeZone> GetTimeZoneAsync();

    /// <summary>Now, in the site's zone.</summary>
    Task<DateTimeOffset> GetLocalNowAsync();

    /// <summary>An instant as the site's wall clock showed it.</summary>
    Task<DateTimeOffset> ToLocalAsync(DateTimeOffset time);

    /// <summary>A time typed on the site's wall clock as UTC (see <see cref="SiteTimeZone.ToUtc"/> for the DST rules).</summary>
    Task<DateTime> ToUtcAsync(DateTime local);
}
