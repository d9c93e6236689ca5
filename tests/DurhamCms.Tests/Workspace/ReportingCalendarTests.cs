using DurhamCms.Tests.Infrastructure;
using DurhamCms.StrategicPlan.Reporting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Workspace;

/// <summary>Periods, due dates and which reminders a period has earned, by the calendar alone.</summary>
public sealed class ReportingCalendarTests
{
    private static readonly ReportingOptions Options = new();

    private static ReportingCalendar Calendar(DateTimeOffset now) => new(Microsoft.Extensions.Options.Options.Create(Options), new ZoneClock(new FakeTimeProvider(now)));

    [Fact]
    public void Quarters_are_the_fiscal_years_from_July_and_each_period_is_due_fifteen_days_after_it_ends()
    {
        var calendar = Calendar(DateTimeOffset.UnixEpoch);

        var quarter = calendar.Containing(ReportingFrequency.Quarterly, new DateOnly(2024, 11, 20));
        var month = calendar.Containing(ReportingFrequency.Monthly, new DateOnly(2025, 2, 3));

        Assert.Equal("FY2025 Q2", quarter.Key);
        Assert.Equal((new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 15)), (quarter.Start, quarter.End, quarter.Due));
        Assert.Equal("2025-02", month.Key);
        Assert.Equal(new DateOnly(2025, 3, 15), month.Due);
        Assert.Equal(new DateOnly(2024, 7, 1), calendar.Find("FY2025 Q1")!.Start);
        Assert.Equal(["2024-11", "2024-10"], calendar.Ended(ReportingFrequency.Monthly, new DateOnly(2024, 12, 10), 2).Select(p => p.Key));
        Assert.Equal(["FY2025 Q1", "FY2024 Q4"], calendar.Ended(ReportingFrequency.Quarterly, new DateOnly(2024, 12, 10), 2).Select(p => p.Key));
    }

    [Fact]
    public async Task Today_is_counted_in_the_sites_time_zone()
    {
        // 02:00 UTC on 1 December is still 30 November in Durham.
        var calendar = Calendar(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 30), await calendar.TodayAsync());
    }

    [Theory]
    [InlineData("2024-12-09", "")]
    [InlineData("2024-12-10", "before")]
    [InlineData("2024-12-15", "due")]
    [InlineData("2024-12-21", "due")]
    [InlineData("2024-12-22", "overdue-1")]
    [InlineData("2024-12-29", "overdue-2 escalated!")]
    public void A_period_due_on_15_December_earns_these_reminders(string today, string expected)
    {
        var rules = ReminderRules.For(new DateOnly(2024, 12, 15), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Options);

        Assert.Equal(expected, string.Join(" ", rules.Select(r => r.Name + (r.ToEditors ? "!" : ""))));
    }
}
