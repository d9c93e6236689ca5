using DurhamCms.Contents.Scheduling;

namespace DurhamCms.Workflows.Services;

/// <summary>The workflow's own background loop's signal (scheduled publishing has its own, in Contents).</summary>
public sealed class WorkflowSignals
{
    public WorkSignal Outbox { get; } = new();
}
