namespace DurhamCms.Queries.Services;

/// <summary><c>DurhamCms:Queries</c>: the limits every stored query runs under.</summary>
public sealed class QueriesOptions
{
    public const string Section = "DurhamCms:Queries";

    /// <summary>Rows a query answers at most; the answer says when it was cut.</summary>
    public int MaxRows { get; set; } = 1000;

    /// <summary>How long a query may run before it is stopped.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
