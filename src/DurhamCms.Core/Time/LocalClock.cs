using DurhamCms.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Time;

/// <summary>
/// The site's zone, read once per unit of work from the site settings document (so every node
/// sharing the database shows the same zone the moment an admin or recipe changes it), with the
/// configuration as the fallback for a site whose settings name none.
/// </summary>
internal sealed class LocalClock(ISiteSettings siteSettings, IConfiguration configuration, TimeProvider clock, ILogger<LocalClock> logger) : ILocalClock
{
    /// <summary>Orchard's site setting: a top-level property of the "Settings" step and document.</summary>
    public const string SettingName = "TimeZoneId";

    /// <summary>The configuration fallback, and the reporting calendar's older key it replaces.</summary>
    public const string ConfigurationKey = "DurhamCms:TimeZone";
    public const string ReportingConfigurationKey = "DurhamCms:Reporting:TimeZone";

    private SiteTimeZone? _zone;

    public async Task<SiteTimeZone> GetTimeZoneAsync()
    {
        if (_zone is not null)
        {
            return _zone;
        }

        var settings = await siteSettings.GetAsync();
        var stored = settings[SettingName]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? settings[SettingName]!.GetValue<string>() : null;
        foreach (var id in new[] { stored, configuration[ConfigurationKey], configuration[ReportingConfigurationKey], SiteTimeZone.DefaultId })
        {
            if (SiteTimeZone.Find(id) is { } zone)
            {
                return _zone = zone;
            }

            if (!string.IsNullOrWhiteSpace(id))
            {
                // A recipe refuses an unknown zone; this one came from configuration or a machine without that zone.
                logger.LogWarning("Time zone {TimeZone} is not known on this machine; trying the next setting", id);
            }
        }

        return _zone = SiteTimeZone.Find("UTC")!;
    }

    public async Task<DateTimeOffset> GetLocalNowAsync() => (await GetTimeZoneAsync()).ToLocal(clock.GetUtcNow());

    public async Task<DateTimeOffset> ToLocalAsync(DateTimeOffset time) => (await GetTimeZoneAsync()).ToLocal(time);

    public async Task<DateTime> ToUtcAsync(DateTime local) => (await GetTimeZoneAsync()).ToUtc(local);
}
