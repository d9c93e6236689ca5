using System.Globalization;
using System.Text.RegularExpressions;

namespace DurhamCms.StrategicPlan.Models;

/// <summary>
/// Orders status-update periods as people write them: "FY2025 Q1", "FY2025", "2024-07".
/// The key sorts as text: fiscal periods by year then quarter (a year after its quarters).
/// </summary>
public static partial class ReportingPeriod
{
    public static string SortKey(string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return "";
        }

        var text = period.Trim();
        if (FiscalQuarter().Match(text) is { Success: true } q)
        {
            return $"{q.Groups[1].Value}-Q{q.Groups[2].Value}";
        }

        if (FiscalYear().Match(text) is { Success: true } y)
        {
            return $"{y.Groups[1].Value}-Q9";
        }

        return Month().Match(text) is { Success: true } m
            ? $"{m.Groups[1].Value}-M{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):00}"
            : "";
    }

    [GeneratedRegex(@"^FY\s?(\d{4})\s+Q([1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalQuarter();

    [GeneratedRegex(@"^FY\s?(\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();
}
