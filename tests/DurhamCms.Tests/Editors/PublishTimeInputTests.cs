using DurhamCms.Contents.Scheduling;
using DurhamCms.Time;

namespace DurhamCms.Tests.Editors;

/// <summary>The one reader of a typed publish time: what the editor, the publish-later field and the review queue accept.</summary>
public sealed class PublishTimeInputTests
{
    private static readonly SiteTimeZone Durham = SiteTimeZone.Find(SiteTimeZone.DefaultId)!;

    [Theory]
    [InlineData("2031-01-02T03:04")]
    [InlineData("2031-01-02T03:04:00")]
    [InlineData(" 2031-01-02 03:04 ")]
    public void A_datetime_local_value_is_read_on_the_sites_clock_and_returned_as_utc(string text)
    {
        var (time, error) = PublishTimeInput.Read(text, "The publish time", Durham);

        Assert.Null(error);
        Assert.Equal(new DateTime(2031, 1, 2, 8, 4, 0, DateTimeKind.Utc), time);
        Assert.Equal(DateTimeKind.Utc, time!.Value.Kind);
    }

    [Theory]
    [InlineData("2027-03-14T02:30", "2027-03-14T07:30:00Z")] // skipped by the spring change: 03:30 EDT
    [InlineData("2027-11-07T01:30", "2027-11-07T05:30:00Z")] // repeated by the autumn change: the first, EDT
    public void A_time_the_clocks_skip_or_repeat_is_settled_by_the_sites_rules(string text, string utc)
    {
        var (time, error) = PublishTimeInput.Read(text, "The publish time", Durham);

        Assert.Null(error);
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_typed_is_no_time_and_no_error(string? text) =>
        Assert.Equal((null, null), PublishTimeInput.Read(text, "The publish time", Durham));

    [Fact]
    public void Anything_else_is_refused_naming_the_input_and_what_was_typed_cut_short()
    {
        var (time, error) = PublishTimeInput.Read("next tuesday, after the council meeting has finished", "The unpublish time", Durham);

        Assert.Null(time);
        Assert.Equal("The unpublish time 'next tuesday, after the council meeting …' is not a date and time; use the picker or type 2025-07-01T09:00 (America/New_York time).", error);
    }
}
