using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;

namespace DurhamCms.Tests.StrategicPlan.Measures;

public sealed class MeasurePeriodTests
{
    private static readonly string[] Months = ["2024-01", "2023-12", "2023-07"];
    private static readonly string[] FiscalPeriods = ["FY2025", "FY2026 Q1", "FY2025 Q4", "FY2025 Q1"];

    [Theory]
    [InlineData("2023-07", MeasurePeriodKind.Month, "July 2023", "2023-07")]
    [InlineData("2023-7", MeasurePeriodKind.Month, "July 2023", "2023-07")]
    [InlineData(" 2024-12 ", MeasurePeriodKind.Month, "December 2024", "2024-12")]
    [InlineData("FY2025 Q1", MeasurePeriodKind.Quarter, "FY2025 Q1", "FY2025 Q1")]
    [InlineData("fy2025  q4", MeasurePeriodKind.Quarter, "FY2025 Q4", "FY2025 Q4")]
    [InlineData("FY2025", MeasurePeriodKind.FiscalYear, "FY2025", "FY2025")]
    [InlineData("FY 2026", MeasurePeriodKind.FiscalYear, "FY2026", "FY2026")]
    public void Periods_parse_to_their_kind_label_and_canonical_text(string text, MeasurePeriodKind kind, string label, string canonical)
    {
        Assert.True(MeasurePeriod.TryParse(text, out var period, out var reason), reason);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(label, period.Label);
        Assert.Equal(canonical, period.ToString());
    }

    [Theory]
    [InlineData("Julyy 2023", "'Julyy 2023' is not a period; use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year).")]
    [InlineData("FY2025 Q5", "'FY2025 Q5' is not a period; use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year).")]
    [InlineData("2023-13", "'2023-13' has no month 13; months run from 01 to 12.")]
    [InlineData("2023-00", "'2023-00' has no month 0; months run from 01 to 12.")]
    [InlineData("", "the period is missing; use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year).")]
    [InlineData(null, "the period is missing; use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year).")]
    [InlineData("٢٠٢٣-07", "'٢٠٢٣-07' is not a period; use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year).")]
    public void Bad_periods_are_refused_with_a_reason(string? text, string reason)
    {
        Assert.False(MeasurePeriod.TryParse(text, out _, out var actual));
        Assert.Equal(reason, actual);
    }

    [Fact]
    public void Sort_keys_order_months_and_fiscal_periods_and_put_a_year_after_its_quarters()
    {
        string Key(string text) => MeasurePeriod.TryParse(text, out var p, out _) ? p.SortKey : throw new ArgumentException(text);

        Assert.Equal(["2023-M07", "2023-M12", "2024-M01"], Months.Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(["2025-Q1", "2025-Q4", "2025-Q9", "2026-Q1"], FiscalPeriods.Select(Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2023-07")]
    [InlineData("FY2025 Q1")]
    [InlineData("FY2025")]
    public void Sort_keys_match_those_of_status_update_periods(string text)
    {
        Assert.True(MeasurePeriod.TryParse(text, out var period, out _));
        Assert.Equal(ReportingPeriod.SortKey(text), period.SortKey);
    }
}
