using System.Globalization;
using System.Text.RegularExpressions;

namespace DurhamCms.StrategicPlan.Measures;

public enum MeasurePeriodKind
{
    Month,
    Quarter,
    FiscalYear,
}

/// <summary>
/// The period of one measure point, as editors write it: "2023-07" (a month), "FY2025 Q1" (a
/// quarter of a fiscal year) or "FY2025" (a fiscal year).
/// </summary>
public readonly partial record struct MeasurePeriod(MeasurePeriodKind Kind, int Year, int Number)
{
    public const string Formats = "use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year)";

    /// <summary>Reads a period; <paramref name="reason"/> says what is wrong, fit to follow "Row 3: ".</summary>
    public static bool TryParse(string? text, out MeasurePeriod period, out string reason)
    {
        period = default;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            reason = $"the period is missing; {Formats}.";
            return false;
        }

        if (MonthPattern().Match(value) is { Success: true } m)
        {
            var month = Parse(m.Groups[2].Value);
            if (month is < 1 or > 12)
            {
                reason = $"'{value}' has no month {month}; months run from 01 to 12.";
                return false;
            }

            period = new MeasurePeriod(MeasurePeriodKind.Month, Parse(m.Groups[1].Value), month);
        }
        else if (QuarterPattern().Match(value) is { Success: true } q)
        {
            period = new MeasurePeriod(MeasurePeriodKind.Quarter, Parse(q.Groups[1].Value), Parse(q.Groups[2].Value));
        }
        else if (YearPattern().Match(value) is { Success: true } y)
        {
            period = new MeasurePeriod(MeasurePeriodKind.FiscalYear, Parse(y.Groups[1].Value), 0);
        }
        else
        {
            reason = $"'{value}' is not a period; {Formats}.";
            return false;
        }

        reason = "";
        return true;
    }

    /// <summary>"July 2023", "FY2025 Q1", "FY2025". Month names are English, as the site's are.</summary>
    public string Label => Kind switch
    {
        MeasurePeriodKind.Month => $"{DateTimeFormatInfo.InvariantInfo.GetMonthName(Number)} {Year}",
        MeasurePeriodKind.Quarter => $"FY{Year} Q{Number}",
        _ => $"FY{Year}",
    };

    /// <summary>
    /// The label in a culture's words: "julio de 2023" (the culture's year-month pattern) for a month;
    /// a fiscal period is written as the city writes it in every language.
    /// </summary>
    public string LabelIn(CultureInfo culture) => Kind == MeasurePeriodKind.Month && culture.TwoLetterISOLanguageName != "en"
        ? new DateTime(Year, Number, 1).ToString(culture.DateTimeFormat.YearMonthPattern, culture)
        : Label;

    /// <summary>The axis label in a culture's words ("jul", "2023").</summary>
    public (string First, string Second) AxisLabelIn(CultureInfo culture) => Kind == MeasurePeriodKind.Month && culture.TwoLetterISOLanguageName != "en"
        ? (culture.DateTimeFormat.GetAbbreviatedMonthName(Number).TrimEnd('.'), Year.ToString(CultureInfo.InvariantCulture))
        : AxisLabel;

    /// <summary>A short two-line label for a chart's axis: ("Jul", "2023"), ("Q1", "FY2025"), ("FY2025", "").</summary>
    public (string First, string Second) AxisLabel => Kind switch
    {
        MeasurePeriodKind.Month => (DateTimeFormatInfo.InvariantInfo.GetAbbreviatedMonthName(Number), Year.ToString(CultureInfo.InvariantCulture)),
        MeasurePeriodKind.Quarter => ($"Q{Number}", $"FY{Year}"),
        _ => ($"FY{Year}", ""),
    };

    /// <summary>
    /// Sorts as text, in the form of <see cref="Models.ReportingPeriod.SortKey"/> so measures and
    /// status updates order alike: "2023-M07", "2025-Q1", and a fiscal year after its quarters ("2025-Q9").
    /// </summary>
    public string SortKey => Kind switch
    {
        MeasurePeriodKind.Month => $"{Year:0000}-M{Number:00}",
        MeasurePeriodKind.Quarter => $"{Year:0000}-Q{Number}",
        _ => $"{Year:0000}-Q9",
    };

    /// <summary>The noun for the kind, for sentences: "by month".</summary>
    public string KindName => NameOf(Kind);

    public static string NameOf(MeasurePeriodKind kind) => kind switch
    {
        MeasurePeriodKind.Month => "month",
        MeasurePeriodKind.Quarter => "quarter",
        _ => "fiscal year",
    };

    /// <summary>The canonical text: "2023-07", "FY2025 Q1", "FY2025".</summary>
    public override string ToString() => Kind switch
    {
        MeasurePeriodKind.Month => $"{Year:0000}-{Number:00}",
        MeasurePeriodKind.Quarter => $"FY{Year} Q{Number}",
        _ => $"FY{Year}",
    };

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^FY\s?([0-9]{4})\s+Q([1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^FY\s?([0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
