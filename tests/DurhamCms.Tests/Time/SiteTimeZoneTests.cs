using DurhamCms.Time;

namespace DurhamCms.Tests.Time;

/// <summary>Durham's wall clock both ways, across both daylight-saving changes of 2027.</summary>
public sealed class SiteTimeZoneTests
{
    private static readonly SiteTimeZone Durham = SiteTimeZone.Find("America/New_York")!;

    private static DateTime Utc(int month, int day, int hour, int minute) => new(2027, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void A_time_the_spring_change_skips_moves_forward_to_daylight_time()
    {
        // 02:30 on 14 March 2027 never shows on a Durham clock: it is 03:30 EDT, 07:30 UTC.
        var utc = Durham.ToUtc(new DateTime(2027, 3, 14, 2, 30, 0));

        Assert.Equal(Utc(3, 14, 7, 30), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal("2027-03-14 03:30 EDT", Durham.Stamp(utc));
    }

    [Fact]
    public void A_time_the_autumn_change_repeats_is_its_first_occurrence_in_daylight_time()
    {
        // 01:30 on 7 November 2027 happens twice: first at 05:30 UTC (EDT), again at 06:30 UTC (EST).
        var utc = Durham.ToUtc(new DateTime(2027, 11, 7, 1, 30, 0));

        Assert.Equal(Utc(11, 7, 5, 30), utc);
        Assert.Equal("2027-11-07 01:30 EDT", Durham.Stamp(utc));
        Assert.Equal("2027-11-07 01:30 EST", Durham.Stamp(utc.AddHours(1)));
    }

    [Fact]
    public void Ordinary_times_convert_with_the_offset_of_their_season()
    {
        Assert.Equal(Utc(1, 15, 14, 0), Durham.ToUtc(new DateTime(2027, 1, 15, 9, 0, 0)));
        Assert.Equal(Utc(7, 1, 13, 0), Durham.ToUtc(new DateTime(2027, 7, 1, 9, 0, 0)));
        Assert.Equal("2027-01-15T09:00:00-05:00", Durham.Rfc3339(Utc(1, 15, 14, 0)));
        Assert.Equal("2027-07-01T09:00:00-04:00", Durham.Rfc3339(Utc(7, 1, 13, 0)));
        Assert.Equal("2027-07-01T09:00", Durham.InputValue(Utc(7, 1, 13, 0)));
    }

    [Fact]
    public void Half_past_eleven_at_night_in_Durham_is_still_that_day_though_UTC_is_on_the_next()
    {
        var local = Durham.ToLocal(Utc(12, 2, 4, 30));

        Assert.Equal(new DateTime(2027, 12, 1, 23, 30, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(-5), local.Offset);
    }

    [Fact]
    public void An_unknown_zone_is_not_found()
    {
        Assert.Null(SiteTimeZone.Find("America/Durham"));
        Assert.Null(SiteTimeZone.Find(" "));
        Assert.Equal("America/New_York", SiteTimeZone.Find("America/New_York")!.Id);
    }
}
