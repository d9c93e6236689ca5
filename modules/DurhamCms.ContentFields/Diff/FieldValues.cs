using System.Globalization;

namespace DurhamCms.ContentFields.Diff;

/// <summary>Values as a person reads them in a diff, one spelling per value.</summary>
public static class FieldValues
{
    /// <summary>"12.5", never "12.50": a decimal keeps the scale it was typed with.</summary>
    public static string? Number(decimal? value) =>
        value?.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string? Date(DateTime? value) =>
        value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? DateTime(DateTime? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
