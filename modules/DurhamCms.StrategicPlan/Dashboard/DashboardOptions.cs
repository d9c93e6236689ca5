namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>The "DurhamCms:Dashboard" configuration section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "DurhamCms:Dashboard";

    /// <summary>
    /// Initiatives per page of a priority's list. A real plan has a few dozen per priority; a
    /// larger one is paged so that a page stays small and fast (see bench/pages.sh).
    /// </summary>
    public int PriorityPageSize { get; set; } = 100;
}
