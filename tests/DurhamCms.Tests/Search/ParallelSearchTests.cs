using DurhamCms.Search.Contributors;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Querying;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DurhamCms.Tests.Search;

/// <summary>
/// A large index is rebuilt in one segment per search thread and searched on all of them at once;
/// what a resident sees (hits in order, totals, every facet count) is what one thread finds.
/// The threshold is lowered to the seeded plan so the test runs the same path as a city-sized index.
/// </summary>
public sealed class ParallelSearchTests
{
    [Fact]
    public async Task A_search_on_three_threads_finds_what_one_finds_in_the_same_order_with_the_same_counts()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?>
        {
            ["DurhamCms:Search:ParallelSearchMinDocuments"] = "1",
            ["DurhamCms:Search:SearchThreads"] = "3",
            ["DurhamCms:Search:ResultCacheEntries"] = "0",
        });
        await site.WaitForSearchIndexAsync();
        var indexes = site.Services.GetRequiredService<LuceneIndexes>();
        var options = site.Services.GetRequiredService<IOptions<SearchOptions>>().Value;
        Assert.True(indexes.Find(options.ProfileName)!.Search(s => s.IndexReader.Leaves.Count) >= 2, "the rebuild wrote one segment");

        var parallel = site.Services.GetRequiredService<SearchService>();
        var oneThread = new SearchService(
            indexes,
            site.Services.GetRequiredService<SearchCatalog>(),
            Options.Create(new SearchOptions { ProfileName = options.ProfileName, SearchThreads = 1, ResultCacheEntries = 0 }),
            site.Services.GetRequiredService<IOptions<SearchPageText>>(),
            NullLogger<SearchService>.Instance);

        var requests = new[]
        {
            new SearchRequest { Q = "community" },
            new SearchRequest { Q = "community", Page = 2 },
            new SearchRequest { Q = "the city", Language = "en" },
            new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["priority"] = ["3"] }, Language = "en" },
            new SearchRequest { Q = "engagment" },
        };
        foreach (var request in requests)
        {
            var expected = oneThread.Search(request);
            var actual = parallel.Search(request);

            Assert.True(expected.Total > 0, $"{request.Q} finds nothing in the seeded plan");
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
            Assert.Equal(
                expected.Facets.SelectMany(g => g.Values.Select(v => $"{g.Facet.Key}={v.Value}:{v.Count}")),
                actual.Facets.SelectMany(g => g.Values.Select(v => $"{g.Facet.Key}={v.Value}:{v.Count}")));
        }
    }
}
