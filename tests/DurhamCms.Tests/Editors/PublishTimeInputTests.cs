using DurhamCms.Contents.Scheduling;

namespace DurhamCms.Tests.Editors;

/// <summary>The one reader of a typed publish time: what the editor, the publish-later field and the review queue accept.</summary>
public sealed class PublishTimeInputTests
{
    [Theory]
    [InlineData("2031-01-02T03:04")]
    [InlineData("2031-01-02T03:04:00")]
    [InlineData(" 2031-01-02 03:04 ")]
    public void A_datetime_local_value_is_read_as_utc(string text)
    {
        var (time, error) = PublishTimeInput.Read(text, "The publish time");

        Assert.Null(error);
        Assert.Equal(new DateTime(2031, 1, 2, 3, 4, 0, DateTimeKind.Utc), time);
        Assert.Equal(DateTimeKind.Utc, time!.Value.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_typed_is_no_time_and_no_error(string? text) =>
        Assert.Equal((null, null), PublishTimeInput.Read(text, "The publish time"));

    [Fact]
    public void Anything_else_is_refused_naming_the_input_and_what_was_typed_cut_short()
    {
        var (time, error) = PublishTimeInput.Read("next tuesday, after the council meeting has finished", "The unpublish time");

        Assert.Null(time);
        Assert.Equal("The unpublish time 'next tuesday, after the council meeting …' is not a date and time; use the picker or type 2025-07-01T09:00 (UTC).", error);
    }
}
