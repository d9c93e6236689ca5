namespace DurhamCms.ContentFields.Models;

/// <summary>A TimeField holds a time of day: from 00:00:00 up to, not including, 24:00:00.</summary>
public static class TimeFieldValues
{
    public static bool IsTimeOfDay(TimeSpan value) => value >= TimeSpan.Zero && value < TimeSpan.FromDays(1);
}
