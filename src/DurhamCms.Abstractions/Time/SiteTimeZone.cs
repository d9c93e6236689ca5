using System.Globalization;

namespace DurhamCms.Time;

/// <summary>
/// A time zone as the site uses it: conversions both ways with the daylight-saving rules settled
/// once, and the short name ("EST", "EDT") a reader expects beside a time.
/// </summary>
public sealed class SiteTimeZone
{
    public const string DefaultId = "America/New_York";

    private SiteTimeZone(TimeZoneInfo zone) => Info = zone;

    /// <summary>The id as set (an IANA name such as America/New_York).</summary>
    public string Id => Info.Id;

    public TimeZoneInfo Info { get; }

    /// <summary>The zone an id names (IANA or Windows), or null when this machine knows no such zone.</summary>
    public static SiteTimeZone? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? new SiteTimeZone(zone) : null;
    }

    /// <summary>A stored time as the site's wall clock showed it. A time of unspecified kind is UTC, as the database returns it.</summary>
    public DateTimeOffset ToLocal(DateTime utc) => ToLocal(new DateTimeOffset(AsUtc(utc), TimeSpan.Zero));

    public DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Info);

    /// <summary>
    /// A wall-clock time in the site's zone as UTC. A time the spring change skips (02:30 on
    /// 14 March 2027 in New York) moves forward by the gap (03:30 EDT), as a person setting a
    /// clock would; a time the autumn change repeats (01:30 on 7 November 2027) is its first
    /// occurrence (EDT), so nothing scheduled then goes out an hour late.
    /// </summary>
    public DateTime ToUtc(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (Info.IsInvalidTime(wall))
        {
            // The offset in force before the gap: wall minus it lands past the gap by its length.
            offset = Info.GetUtcOffset(wall.AddHours(-12));
        }
        else if (Info.IsAmbiguousTime(wall))
        {
            // The larger offset gives the earlier instant: the first time the clock shows it.
            offset = Info.GetAmbiguousTimeOffsets(wall).Max();
        }
        else
        {
            offset = Info.GetUtcOffset(wall);
        }

        return DateTime.SpecifyKind(wall - offset, DateTimeKind.Utc);
    }

    /// <summary>The zone's short name at that time ("EST" or "EDT"), from the initials of its name; the UTC offset when the name has none.</summary>
    public string Abbreviation(DateTimeOffset local)
    {
        var name = Info.IsDaylightSavingTime(local) ? Info.DaylightName : Info.StandardName;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.All(w => char.IsLetter(w[0])))
        {
            return string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        }

        var offset = local.Offset;
        return "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A stored time for staff and notices: "2027-03-14 03:30 EDT".</summary>
    public string Stamp(DateTime utc)
    {
        var local = ToLocal(utc);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + Abbreviation(local);
    }

    /// <summary>A stored time in a sentence: "14 March 2027 at 03:30 EDT".</summary>
    public string InWords(DateTime utc)
    {
        var local = ToLocal(utc);
        return local.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture) + " " + Abbreviation(local);
    }

    /// <summary>RFC 3339 with the local offset, as the Atom feed and a &lt;time datetime&gt; give it: "2027-03-14T03:30:00-04:00".</summary>
    public string Rfc3339(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>What a datetime-local input shows for a stored time: the wall clock, to the minute.</summary>
    public string InputValue(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
