using DurhamCms.Data;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Querying;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Search;

/// <summary>A node runs its warm-up searches once its index is whole after a start, and none when told not to.</summary>
public sealed class SearchWarmerTests
{
    [Fact]
    public async Task After_the_first_indexing_pass_the_node_runs_its_warm_up_searches_on_words_from_its_index()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?> { ["DurhamCms:Search:WarmUpSearches"] = "12" });
        site.CreateClient().Dispose();
        await site.WaitForSearchIndexAsync();

        var warmer = site.Services.GetRequiredService<SearchWarmer>();
        await Polling.EventuallyAsync(() => Task.FromResult(warmer.Searches == 12), TimeSpan.FromSeconds(30), "the warm-up searches");

        // Run again by hand, the same number: words were found in the seeded plan's index.
        Assert.Equal(12, warmer.Warm());
    }

    [Fact]
    public async Task A_warm_up_stops_when_its_time_is_up_however_many_searches_it_was_given()
    {
        await using var site = new TestSite();
        site.CreateClient().Dispose();
        await site.WaitForSearchIndexAsync();
        // Each reading of this clock moves it on a second: a search "takes" a second.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var options = Options.Create(new SearchOptions { WarmUpSearches = 1000, WarmUpTime = TimeSpan.FromSeconds(5) });
        var warmer = WarmerOn(site, options, clock);

        Assert.Equal(4, warmer.Warm());
    }

    [Fact]
    public async Task A_node_is_not_ready_for_traffic_until_its_warm_up_has_ended()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?> { ["DurhamCms:Search:WarmUpSearches"] = "5" });
        site.CreateClient().Dispose();
        await site.WaitForSearchIndexAsync();
        var options = site.Services.GetRequiredService<IOptions<SearchOptions>>();
        var clock = site.Services.GetRequiredService<TimeProvider>();
        var warmer = WarmerOn(site, options, clock);
        await using var scope = site.Services.CreateAsyncScope();
        var check = new SearchReadinessCheck(site.Services.GetRequiredService<SearchNodeState>(), scope.ServiceProvider.GetRequiredService<DurhamDbContext>(), options, clock, warmer);

        Assert.Contains("warming up", await check.ProblemAsync(default), StringComparison.Ordinal);

        warmer.Warm();

        Assert.Null(await check.ProblemAsync(default));
    }

    [Fact]
    public async Task No_warm_up_searches_run_when_the_setting_is_zero()
    {
        await using var site = new TestSite();
        site.CreateClient().Dispose();
        await site.WaitForSearchIndexAsync();

        Assert.Equal(0, site.Services.GetRequiredService<SearchWarmer>().Warm());
    }

    /// <summary>A warmer of its own on the site's index, with the options and clock a test gives it.</summary>
    private static SearchWarmer WarmerOn(TestSite site, IOptions<SearchOptions> options, TimeProvider clock) =>
        new(site.Services.GetRequiredService<SearchService>(), site.Services.GetRequiredService<LuceneIndexes>(), options, clock, NullLogger<SearchWarmer>.Instance);
}
