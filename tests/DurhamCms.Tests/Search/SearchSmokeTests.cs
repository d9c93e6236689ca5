namespace DurhamCms.Tests.Search;

public sealed class SearchSmokeTests(SearchPlanFixture plan) : IClassFixture<SearchPlanFixture>
{
    [Theory]
    [InlineData("equitable engagement")]
    [InlineData("engagement training")]
    [InlineData("3.11")]
    [InlineData("equitible engagment")]
    [InlineData("\"engaged city\"")]
    [InlineData("stormwater resilience")]
    [InlineData("1.11")]
    [InlineData("engaging residents")]
    public async Task Smoke(string q)
    {
        var json = await plan.Client.SearchForAsync(q);
        Console.WriteLine($"=== {q}: total {json.GetProperty("total")} didYouMean {json.GetProperty("didYouMean")}");
        foreach (var hit in json.GetProperty("hits").EnumerateArray().Take(5))
        {
            Console.WriteLine($"  {hit.GetProperty("type")} | {hit.GetProperty("title")} | {hit.GetProperty("url")} | {hit.GetProperty("status")} | {hit.GetProperty("priority")} | {hit.GetProperty("snippet").GetString()![..Math.Min(120, hit.GetProperty("snippet").GetString()!.Length)]}");
        }

        Console.WriteLine(json.GetProperty("facets").ToString()[..Math.Min(800, json.GetProperty("facets").ToString().Length)]);
        Assert.True(true);
    }
}
