using Microsoft.Extensions.Configuration;

namespace DurhamCms.Redis;

/// <summary>"DurhamCms:Redis": optional. Without a configuration nothing of Redis is used.</summary>
public sealed class RedisOptions
{
    public const string Section = "DurhamCms:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis1:6379,password=…</c>.</summary>
    public string? Configuration { get; init; }

    /// <summary>Prefix of this site's keys and channel, for sites sharing one Redis.</summary>
    public string InstanceName { get; init; } = "durhamcms:";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);

    public static RedisOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new RedisOptions
        {
            Configuration = section["Configuration"],
            InstanceName = section["InstanceName"] is { Length: > 0 } name ? name : "durhamcms:",
        };
    }
}
