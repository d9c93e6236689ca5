namespace DurhamCms.Contents.Scheduling;

/// <summary>Scheduled publishing's settings.</summary>
public sealed class SchedulingOptions
{
    /// <summary>
    /// "DurhamCms:Workflows": the scheduler lived in the Workflows module when sites were first
    /// configured, and their settings keep working where they are.
    /// </summary>
    public const string Section = "DurhamCms:Workflows";

    /// <summary>How often schedules are looked at when nothing wakes the scheduler (a new schedule wakes it at once).</summary>
    public double SchedulerPollSeconds { get; set; } = 60;
}
