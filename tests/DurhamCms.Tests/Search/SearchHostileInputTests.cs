using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Search;

/// <summary>Whatever is typed, the page and the API answer 200 with a plain message or sensible results, never a stack trace.</summary>
public sealed class SearchHostileInputTests(SearchHostileInputTests.Site site) : IClassFixture<SearchHostileInputTests.Site>
{
    public static TheoryData<string> Inputs => new()
    {
        "*",
        "?",
        "engagement*",
        "equit?ble",
        "title:(engagement",
        "\"unclosed phrase",
        "AND OR NOT",
        "engagement~2^10",
        "[a TO z]",
        "((((((((",
        "\\",
        "'; DROP TABLE \"ContentItems\"; --",
        "1' OR '1'='1",
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "\u0000\u0001\u0002engagement\u001b[31m",
        "🙂 engagement 🙂",
        "%00%27",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("engagement ", 1_000)),
        string.Concat(Enumerable.Repeat("\"a\" ", 500)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_search_page_answers_200_without_a_stack_trace(string input)
    {
        var response = await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString(input));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_api_answers_200_with_its_shape(string input)
    {
        var results = await site.Client.SearchForAsync(input);

        Assert.True(results.GetProperty("total").GetInt32() >= 0);
        Assert.True(results.GetProperty("hits").GetArrayLength() <= 10);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("((((")]
    public async Task A_query_without_words_gets_a_plain_message(string input)
    {
        var html = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString(input));

        Assert.Contains("Your search has no words to look for.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_query_is_cut_and_says_so()
    {
        var html = await site.Client.GetStringAsync("/search?q=" + new string('a', 10_000));

        Assert.Contains("Your search was shortened to its first 200 characters.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + new string('a', 200) + "\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 201), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_inside_hostile_text_are_still_searched()
    {
        var results = await site.Client.SearchForAsync("\u0000engagement*");

        Assert.Contains("/initiatives/3-11-", results.GetProperty("hits")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=-5")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999")]
    [InlineData("sort=';drop")]
    [InlineData("status=%00&priority=<b>&type=*")]
    public async Task Odd_paging_sorting_and_filters_are_harmless(string query)
    {
        var response = await site.Client.GetAsync("/search?q=engagement&" + query);
        var api = await site.Client.GetAsync("/api/search?q=engagement&" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The seeded site only; the tests read.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private readonly TestSite _site = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = _site.CreateClient();
            await _site.WaitForSearchIndexAsync();
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await _site.DisposeAsync();
        }
    }
}
