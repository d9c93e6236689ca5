using Microsoft.Extensions.Configuration;

namespace DurhamCms.Web.Observability;

/// <summary>
/// "DurhamCms:Logging" and "DurhamCms:Telemetry": all off by default, so a single SQLite site
/// logs and runs as it always did.
/// </summary>
public sealed class ObservabilityOptions
{
    /// <summary>One JSON object per log line on the console (for a log shipper), instead of text.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>Metrics and traces through OpenTelemetry.</summary>
    public bool TelemetryEnabled { get; init; }

    /// <summary>Where to send OTLP (e.g. http://collector:4317); nothing is sent without it.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary>"grpc" (the default) or "http/protobuf".</summary>
    public string OtlpProtocol { get; init; } = "grpc";

    /// <summary>Serve a Prometheus scrape at <see cref="PrometheusPath"/>, to administrators only.</summary>
    public bool Prometheus { get; init; }

    public string PrometheusPath { get; init; } = "/metrics";

    /// <summary>This node's name on every metric and span (service.instance.id).</summary>
    public string NodeName { get; init; } = Environment.MachineName;

    public static ObservabilityOptions Read(IConfiguration configuration)
    {
        var telemetry = configuration.GetSection("DurhamCms:Telemetry");
        var endpoint = telemetry["OtlpEndpoint"];
        Uri? otlp = null;
        if (!string.IsNullOrWhiteSpace(endpoint) && (!Uri.TryCreate(endpoint, UriKind.Absolute, out otlp) || otlp.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"DurhamCms:Telemetry:OtlpEndpoint '{endpoint}' is not an absolute http(s) URL (e.g. http://collector:4317).");
        }

        var protocol = telemetry["OtlpProtocol"] ?? "grpc";
        if (protocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidOperationException($"DurhamCms:Telemetry:OtlpProtocol '{protocol}' is not 'grpc' or 'http/protobuf'.");
        }

        var path = telemetry["PrometheusPath"] ?? "/metrics";
        if (!path.StartsWith('/'))
        {
            throw new InvalidOperationException($"DurhamCms:Telemetry:PrometheusPath '{path}' must start with '/'.");
        }

        return new ObservabilityOptions
        {
            JsonLogs = configuration.GetValue("DurhamCms:Logging:Json", false),
            TelemetryEnabled = telemetry.GetValue("Enabled", false),
            OtlpEndpoint = otlp,
            OtlpProtocol = protocol,
            Prometheus = telemetry.GetValue("Prometheus", false),
            PrometheusPath = path,
            NodeName = configuration["DurhamCms:Search:NodeName"] is { Length: > 0 } node ? node : Environment.MachineName,
        };
    }
}
