using System.Globalization;
using DurhamCms.Time;

namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// The one reader of a typed publish (or unpublish) time, for every form that takes one: the
/// editor's publish-later field, the workflow's approval on the editor and in the review queue.
/// So all of them accept the same text and refuse the rest with the same words.
/// </summary>
public static class PublishTimeInput
{
    /// <summary>What a datetime-local input posts, with or without seconds: a wall-clock time in the site's zone.</summary>
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    private const int MaxEcho = 40;

    /// <summary>
    /// Empty text is no time (null, no error). Otherwise the time typed on the site's clock as UTC
    /// (a time the clocks skip or repeat is settled by <see cref="SiteTimeZone.ToUtc"/>), or an
    /// error naming <paramref name="label"/> ("The publish time") and what was typed.
    /// </summary>
    public static (DateTime? Utc, string? Error) Read(string? text, string label, SiteTimeZone zone)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (zone.ToUtc(time), null);
        }

        var echo = trimmed.Length > MaxEcho ? trimmed[..MaxEcho] + "…" : trimmed;
        return (null, $"{label} '{echo}' is not a date and time; use the picker or type 2025-07-01T09:00 ({zone.Id} time).");
    }
}
