namespace DurhamCms.Hosting;

/// <summary>
/// Something optional this node is doing without (Redis): it still takes traffic, and
/// <c>/health/ready</c> answers 200 but says "degraded", for an operator to see.
/// </summary>
public interface IDegradationCheck
{
    /// <summary>Null when all is well; otherwise what the node does without, in an operator's words.</summary>
    string? Degradation { get; }
}
