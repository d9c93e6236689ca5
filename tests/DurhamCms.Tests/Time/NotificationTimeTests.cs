using DurhamCms.Time;
using DurhamCms.Workflows.Notifications;

namespace DurhamCms.Tests.Time;

/// <summary>A notification tells a publish time on Durham's clock, with the zone named.</summary>
public sealed class NotificationTimeTests
{
    private static readonly SiteTimeZone Durham = SiteTimeZone.Find(SiteTimeZone.DefaultId)!;

    [Fact]
    public void An_approval_with_a_time_says_when_in_Durham_time()
    {
        // 07:30 UTC on 14 March 2027: the first half hour of daylight time.
        var sentence = NotificationSentences.For("Erin", "Approve", "Approve", "3.11 — FY2027 Q3", "Approved", null, new DateTime(2027, 3, 14, 7, 30, 0, DateTimeKind.Utc), Durham);

        Assert.Equal("Erin approved '3.11 — FY2027 Q3'; it will be published on 14 March 2027 at 03:30 EDT.", sentence);
    }

    [Fact]
    public void A_schedule_late_at_night_in_winter_keeps_Durhams_date()
    {
        var sentence = NotificationSentences.For("Erin", "Schedule", "Schedule", "Notice", "Scheduled", null, new DateTime(2027, 12, 2, 4, 30, 0, DateTimeKind.Utc), Durham);

        Assert.Equal("Erin scheduled 'Notice' to be published on 1 December 2027 at 23:30 EST.", sentence);
    }
}
