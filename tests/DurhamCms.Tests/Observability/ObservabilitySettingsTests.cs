using System.Diagnostics.Metrics;
using DurhamCms.ContentManagement;
using DurhamCms.Diagnostics;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Web.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DurhamCms.Tests.Observability;

public sealed class ObservabilitySettingsTests
{
    [Fact]
    public async Task Json_logs_are_a_setting_and_off_by_default()
    {
        await using var plain = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        await using var json = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Settings = new Dictionary<string, string?> { ["DurhamCms:Logging:Json"] = "true" } });

        Assert.NotEqual(ConsoleFormatterNames.Json, plain.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.Equal(ConsoleFormatterNames.Json, json.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
    }

    [Fact]
    public void Telemetry_is_off_by_default_and_a_bad_endpoint_is_named()
    {
        var none = ObservabilityOptions.Read(new ConfigurationBuilder().Build());
        var bad = Assert.Throws<InvalidOperationException>(() => ObservabilityOptions.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DurhamCms:Telemetry:OtlpEndpoint"] = "collector:4317 please" }).Build()));

        Assert.False(none.TelemetryEnabled);
        Assert.False(none.Prometheus);
        Assert.Null(none.OtlpEndpoint);
        Assert.Contains("DurhamCms:Telemetry:OtlpEndpoint", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_is_counted_with_its_content_type()
    {
        long published = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DurhamCmsMetrics.MeterName && instrument.Name == "durhamcms.content.publishes")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            // Other tests publish in parallel: count only this test's type.
            foreach (var tag in tags)
            {
                if (tag is { Key: "content_type", Value: "ObservedArticle" })
                {
                    Interlocked.Add(ref published, value);
                }
            }
        });
        listener.Start();
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        await site.DefineArticleAsync("ObservedArticle");

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Observed parks", type: "ObservedArticle");
            await cm.CreateAsync(item, VersionOptions.Published);
        });

        Assert.Equal(1, Interlocked.Read(ref published));
    }
}
