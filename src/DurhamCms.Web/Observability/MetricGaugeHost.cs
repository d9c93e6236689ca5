using System.Diagnostics.Metrics;
using DurhamCms.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Web.Observability;

/// <summary>
/// Publishes the modules' <see cref="IMetricGauge"/>s on a "DurhamCms" meter of this host's own,
/// disposed with the host, so that a stopped host (or a test's) leaves no callback behind.
/// </summary>
internal sealed class MetricGaugeHost : IDisposable
{
    // A scrape must not hang on a slow database: a gauge that cannot answer in time is left out.
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly Meter _meter = new(DurhamCmsMetrics.MeterName);
    private readonly ILogger<MetricGaugeHost> _logger;

    public MetricGaugeHost(IEnumerable<IMetricGauge> gauges, ILogger<MetricGaugeHost> logger)
    {
        _logger = logger;
        foreach (var gauge in gauges)
        {
            _meter.CreateObservableGauge(gauge.Name, () => Observe(gauge), gauge.Unit, gauge.Description);
        }
    }

    private IEnumerable<Measurement<double>> Observe(IMetricGauge gauge)
    {
        try
        {
            using var timeout = new CancellationTokenSource(ReadTimeout);
            // Observable instruments are read synchronously by the exporter, on its own thread
            // (no synchronization context), so waiting here cannot deadlock.
            return [new Measurement<double>(gauge.ReadAsync(timeout.Token).GetAwaiter().GetResult())];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning(e, "Could not read the metric {Metric}", gauge.Name);
            return [];
        }
    }

    public void Dispose() => _meter.Dispose();
}
