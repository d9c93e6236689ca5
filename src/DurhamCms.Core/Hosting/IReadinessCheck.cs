namespace DurhamCms.Hosting;

/// <summary>
/// Something a module needs before this node should take traffic (its search index caught up
/// with the task log). The kernel's <c>/health/ready</c> asks every one.
/// </summary>
public interface IReadinessCheck
{
    /// <summary>Null when ready; otherwise what is not, in words an operator reads in a load balancer's log.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}
