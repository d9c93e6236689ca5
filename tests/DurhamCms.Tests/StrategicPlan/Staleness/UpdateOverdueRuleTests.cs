using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.StrategicPlan.Staleness;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.StrategicPlan.Staleness;

/// <summary>"Update overdue" by the reporting calendar alone: cadences, the due-date grace, the zone's midnight.</summary>
public sealed class UpdateOverdueRuleTests
{
    private static UpdateOverdueRule Rule(DateTimeOffset now, ReportingOptions? options = null) =>
        new(new ReportingCalendar(Microsoft.Extensions.Options.Options.Create(options ?? new ReportingOptions()), new Infrastructure.ZoneClock(new FakeTimeProvider(now))));

    private static readonly UpdateOverdueRule AnyDay = Rule(DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_monthly_measure_falls_overdue_the_day_after_the_next_months_due_date()
    {
        // November 2026 is due on 15 December; until that day passes, October is the latest owed.
        Assert.Equal(ReportingState.UpToDate, AnyDay.Of(ReportingFrequency.Monthly, ["2026-09", "2026-10"], new DateOnly(2026, 12, 15)));
        Assert.Equal(ReportingState.Overdue, AnyDay.Of(ReportingFrequency.Monthly, ["2026-09", "2026-10"], new DateOnly(2026, 12, 16)));
        Assert.Equal(ReportingState.UpToDate, AnyDay.Of(ReportingFrequency.Monthly, ["2026-11"], new DateOnly(2026, 12, 16)));
    }

    [Fact]
    public void A_quarterly_measure_falls_overdue_the_day_after_the_next_quarters_due_date()
    {
        // FY2027 Q1 (July to September 2026) is due on 15 October 2026.
        Assert.Equal(ReportingState.UpToDate, AnyDay.Of(ReportingFrequency.Quarterly, ["FY2026 Q4"], new DateOnly(2026, 10, 15)));
        Assert.Equal(ReportingState.Overdue, AnyDay.Of(ReportingFrequency.Quarterly, ["FY2026 Q4"], new DateOnly(2026, 10, 16)));
        // Monthly data of a quarterly measure counts by the day it ends: September closes the quarter.
        Assert.Equal(ReportingState.UpToDate, AnyDay.Of(ReportingFrequency.Quarterly, ["2026-09"], new DateOnly(2026, 12, 1)));
        // A fiscal year's value covers its last quarter.
        Assert.Equal(ReportingState.UpToDate, AnyDay.Of(ReportingFrequency.Quarterly, ["FY2026"], new DateOnly(2026, 10, 15)));
    }

    [Fact]
    public void The_latest_period_counts_whatever_the_order_and_nothing_reported_is_not_overdue()
    {
        Assert.Equal(ReportingState.UpToDate, AnyDay.Of(ReportingFrequency.Monthly, ["2026-11", "2023-07"], new DateOnly(2026, 12, 20)));
        Assert.Equal(ReportingState.NotYetReported, AnyDay.Of(ReportingFrequency.Monthly, [], new DateOnly(2026, 12, 20)));
        Assert.Equal(ReportingState.NotYetReported, AnyDay.Of(ReportingFrequency.Monthly, ["soon"], new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void The_latest_period_of_each_kind_judges_as_the_whole_series_does_under_any_fiscal_year()
    {
        string[] series = ["2026-05", "FY2026 Q3", "2026-02", "junk", "FY2025", "FY2026 Q1", "FY2024"];

        var kept = ReportedPeriods.Latest(series);

        Assert.Equal("2026-05;FY2026 Q3;FY2025", kept);
        // The calendar decides how a month compares with a quarter; the kept periods must judge alike under each.
        foreach (var start in new[] { 1, 7, 10 })
        {
            var rule = Rule(DateTimeOffset.UnixEpoch, new ReportingOptions { FiscalYearStartMonth = start });
            foreach (var day in new[] { new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 20), new DateOnly(2026, 7, 20), new DateOnly(2026, 9, 1) })
            {
                foreach (var cadence in new[] { ReportingFrequency.Monthly, ReportingFrequency.Quarterly })
                {
                    Assert.Equal(rule.Of(cadence, series, day), rule.Of(cadence, ReportedPeriods.Read(kept), day));
                }
            }
        }

        Assert.Equal("", ReportedPeriods.Latest(["junk", ""]));
        Assert.Empty(ReportedPeriods.Read(null));
    }

    [Fact]
    public async Task Today_is_the_reporting_zones_day()
    {
        // 03:00 UTC on 16 December is still 15 December in Durham: October is not yet owed past its grace.
        var evening = Rule(new DateTimeOffset(2026, 12, 16, 3, 0, 0, TimeSpan.Zero));
        Assert.Equal(ReportingState.UpToDate, evening.Of(ReportingFrequency.Monthly, ["2026-10"], await evening.TodayAsync()));
        var morning = Rule(new DateTimeOffset(2026, 12, 16, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(ReportingState.Overdue, morning.Of(ReportingFrequency.Monthly, ["2026-10"], await morning.TodayAsync()));
    }

    [Fact]
    public void An_initiative_is_overdue_when_its_latest_update_or_any_measure_is()
    {
        var today = new DateOnly(2026, 12, 1); // FY2027 Q1 was due on 15 October.
        Assert.Equal(ReportingState.UpToDate, AnyDay.OfInitiative(["FY2027 Q1"], [ReportingState.UpToDate], today));
        Assert.Equal(ReportingState.Overdue, AnyDay.OfInitiative(["FY2026 Q4"], [ReportingState.UpToDate], today));
        Assert.Equal(ReportingState.Overdue, AnyDay.OfInitiative(["FY2027 Q1"], [ReportingState.UpToDate, ReportingState.Overdue], today));
        // Measures reported, no update yet: the measures speak for it.
        Assert.Equal(ReportingState.UpToDate, AnyDay.OfInitiative([], [ReportingState.UpToDate, ReportingState.NotYetReported], today));
        Assert.Equal(ReportingState.NotYetReported, AnyDay.OfInitiative([], [ReportingState.NotYetReported], today));
    }
}
