namespace DurhamCms.Hosting;

/// <summary>
/// Something optional this node is doing without (Redis, the public address for email links): it
/// still takes traffic, and <c>/health</c> and <c>/health/ready</c> answer 200 but say "degraded",
/// for an operator to see.
/// </summary>
public interface IDegradationCheck
{
    /// <summary>Null when all is well; otherwise what the node does without, in an operator's words.</summary>
    string? Degradation { get; }
}
