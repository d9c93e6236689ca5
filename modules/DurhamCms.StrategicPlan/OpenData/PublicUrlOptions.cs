namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>Bound from the "DurhamCms" section.</summary>
public sealed class PublicUrlOptions
{
    /// <summary>
    /// `DurhamCms:PublicBaseUrl`, e.g. "https://plan.durhamnc.gov": the scheme and host that
    /// sitemap, feeds and open data put in absolute URLs. Empty: those of the request, which
    /// behind a proxy may be the internal address, hence the setting.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
