namespace DurhamCms.Diagnostics;

/// <summary>
/// A module's gauge on the "DurhamCms" meter (a backlog, a lag), read when metrics are collected:
/// on each Prometheus scrape or OTLP export. Registered as a singleton; keep the read cheap.
/// </summary>
public interface IMetricGauge
{
    /// <summary>The instrument name, e.g. "durhamcms.outbox.backlog".</summary>
    string Name { get; }

    string Unit { get; }

    string Description { get; }

    Task<double> ReadAsync(CancellationToken cancellationToken);
}
