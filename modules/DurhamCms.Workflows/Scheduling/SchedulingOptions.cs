namespace DurhamCms.Workflows.Scheduling;

/// <summary>The "DurhamCms:Workflows" configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "DurhamCms:Workflows";

    /// <summary>How often schedules are looked at when nothing wakes the scheduler (a new schedule wakes it at once).</summary>
    public double SchedulerPollSeconds { get; set; } = 60;
}
