using DurhamCms.Diagnostics;
using DurhamCms.Security;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DurhamCms.Web.Observability;

public static class ObservabilityExtensions
{
    /// <summary>Who may scrape: the site owner (the Administrator role), not every editor.</summary>
    public const string ScrapePolicy = "DurhamCms.Metrics";

    /// <summary>
    /// JSON logs, and OpenTelemetry metrics (ASP.NET Core, Npgsql, the "DurhamCms" meter) and
    /// traces, each only when its setting asks for it.
    /// </summary>
    public static WebApplicationBuilder AddDurhamObservability(this WebApplicationBuilder builder)
    {
        var options = ObservabilityOptions.Read(builder.Configuration);
        builder.Services.AddSingleton(options);
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
            NodeScopedLoggerProvider.Replace(builder.Services, options.NodeName);
        }

        if (!options.TelemetryEnabled)
        {
            return builder;
        }

        builder.Services.AddSingleton<MetricGaugeHost>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(ScrapePolicy, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(StandardPermissions.SiteOwner)));
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("durhamcms", serviceInstanceId: options.NodeName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddMeter(DurhamCmsMetrics.MeterName, "Npgsql");
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddNpgsql());
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf, endpoint);
        }

        return builder;
    }

    /// <summary>The Prometheus scrape, for administrators only: metrics tell how the site is used.</summary>
    public static WebApplication MapDurhamObservability(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ObservabilityOptions>();
        if (!options.TelemetryEnabled)
        {
            return app;
        }

        // Created now, not at the first scrape: the gauges are instruments only once it exists.
        app.Services.GetRequiredService<MetricGaugeHost>();
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath).RequireAuthorization(ScrapePolicy);
        }

        return app;
    }
}
