using DurhamCms.Redis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Cluster;

public sealed class RedisSettingsTests
{
    [Fact]
    public void Without_a_Redis_configuration_nothing_of_Redis_is_registered()
    {
        var services = new ServiceCollection();
        services.AddOutputCache();
        var before = services.Count;

        services.AddDurhamRedis(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DurhamCms:Redis:InstanceName"] = "x:" }).Build());

        Assert.Equal(before, services.Count);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(RedisConnection));
        Assert.Single(services, d => d.ServiceType == typeof(IOutputCacheStore));
    }

    [Fact]
    public void A_configuration_that_is_not_one_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RedisConnection(
            new RedisOptions { Configuration = "localhost:6379,notanoption=1" },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisConnection>.Instance));

        Assert.Contains("DurhamCms:Redis:Configuration", error.Message, StringComparison.Ordinal);
    }
}
