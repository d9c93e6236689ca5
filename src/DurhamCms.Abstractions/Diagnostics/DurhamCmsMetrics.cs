using System.Diagnostics.Metrics;

namespace DurhamCms.Diagnostics;

/// <summary>
/// The CMS's own instruments, on the meter "DurhamCms". Recording costs next to nothing while no
/// listener is attached, so they are always on; the host exports them only when telemetry is enabled.
/// Each node counts what it did itself: sum over nodes for the site.
/// </summary>
public static class DurhamCmsMetrics
{
    public const string MeterName = "DurhamCms";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Content items published, tagged with their content type.</summary>
    public static readonly Counter<long> Publishes = Meter.CreateCounter<long>("durhamcms.content.publishes", "{item}", "Content items published on this node.");

    /// <summary>Anonymous page reads under the page cache, tagged result=hit|miss.</summary>
    public static readonly Counter<long> PageCacheRequests = Meter.CreateCounter<long>("durhamcms.page_cache.requests", "{request}", "Cacheable page requests on this node, by result (hit or miss).");
}
