using DurhamCms.StrategicPlan.Measures;
using DurhamCms.Time;
using Microsoft.Extensions.Options;

namespace DurhamCms.StrategicPlan.Reporting;

public enum ReportingFrequency
{
    Monthly,
    Quarterly,
}

/// <summary>One period to report: "2024-11" or "FY2025 Q2", its days and its due date.</summary>
public sealed record DuePeriod(MeasurePeriod Period, DateOnly Start, DateOnly End, DateOnly Due)
{
    /// <summary>As the series and status updates store it: "2024-11", "FY2025 Q2".</summary>
    public string Key => Period.ToString();
}

/// <summary>
/// The reporting calendar: measures by month or quarter, status updates by quarter, each period
/// due <see cref="ReportingOptions.DueDaysAfterPeriodEnd"/> days after it ends. Quarters are the
/// fiscal year's, named by the year it ends in (FY2025 runs July 2024 to June 2025).
/// </summary>
public sealed class ReportingCalendar(IOptions<ReportingOptions> options, ILocalClock clock)
{
    private readonly ReportingOptions _options = options.Value;

    /// <summary>Today in the site's time zone (a due date ends at its midnight there).</summary>
    public async Task<DateOnly> TodayAsync() => DateOnly.FromDateTime((await clock.GetLocalNowAsync()).DateTime);

    /// <summary>The <paramref name="count"/> latest periods that have ended by <paramref name="today"/>, newest first.</summary>
    public IEnumerable<DuePeriod> Ended(ReportingFrequency frequency, DateOnly today, int count)
    {
        var period = Containing(frequency, today);
        for (var i = 0; i < count; i++)
        {
            period = Previous(period);
            yield return period;
        }
    }

    public DuePeriod Containing(ReportingFrequency frequency, DateOnly day)
    {
        if (frequency == ReportingFrequency.Monthly)
        {
            var start = new DateOnly(day.Year, day.Month, 1);
            return Make(new MeasurePeriod(MeasurePeriodKind.Month, day.Year, day.Month), start, start.AddMonths(1));
        }

        var fromFiscalStart = (day.Month - _options.FiscalYearStartMonth + 12) % 12;
        var quarterStart = new DateOnly(day.Year, day.Month, 1).AddMonths(-(fromFiscalStart % 3));
        var fiscalStart = new DateOnly(day.Year, day.Month, 1).AddMonths(-fromFiscalStart);
        var fiscalYear = _options.FiscalYearStartMonth == 1 ? fiscalStart.Year : fiscalStart.Year + 1;
        return Make(new MeasurePeriod(MeasurePeriodKind.Quarter, fiscalYear, (fromFiscalStart / 3) + 1), quarterStart, quarterStart.AddMonths(3));
    }

    /// <summary>The period a stored key names ("2024-11", "FY2025 Q2"); null when it is not a month or a quarter.</summary>
    public DuePeriod? Find(string key)
    {
        if (!MeasurePeriod.TryParse(key, out var period, out _))
        {
            return null;
        }

        return period.Kind switch
        {
            MeasurePeriodKind.Month => Containing(ReportingFrequency.Monthly, new DateOnly(period.Year, period.Number, 1)),
            MeasurePeriodKind.Quarter => Containing(ReportingFrequency.Quarterly, FiscalStart(period.Year).AddMonths(3 * (period.Number - 1))),
            _ => null,
        };
    }

    private DuePeriod Previous(DuePeriod period) =>
        Containing(period.Period.Kind == MeasurePeriodKind.Month ? ReportingFrequency.Monthly : ReportingFrequency.Quarterly, period.Start.AddDays(-1));

    private DateOnly FiscalStart(int fiscalYear) =>
        new(_options.FiscalYearStartMonth == 1 ? fiscalYear : fiscalYear - 1, _options.FiscalYearStartMonth, 1);

    private DuePeriod Make(MeasurePeriod period, DateOnly start, DateOnly nextStart)
    {
        var end = nextStart.AddDays(-1);
        return new DuePeriod(period, start, end, end.AddDays(_options.DueDaysAfterPeriodEnd));
    }
}
