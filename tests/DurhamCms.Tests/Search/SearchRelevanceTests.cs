using System.Text.Json;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Search;

/// <summary>
/// The relevance suite: what residents type, and what must come first, over the seeded plan
/// (initiative 3.11, its measure and its update, word for word from the city's page) and a
/// generated plan of 200 initiatives whose invented text shares many of those words.
/// </summary>
[Trait(Category.Name, Category.Slow)]
public sealed class SearchRelevanceTests(SearchPlanFixture plan) : IClassFixture<SearchPlanFixture>
{
    private const string Seeded311 = "/initiatives/3-11-";

    public static TheoryData<string, string, string> TopHits => new()
    {
        // query (a query string after "q="), the top hit's type, where the top hit links (a path prefix)
        { "equitable engagement", "Initiative", Seeded311 },
        { "equitable community engagement", "Initiative", Seeded311 },
        { "EQUITABLE ENGAGEMENT", "Initiative", Seeded311 },
        { "équitable engagement", "Initiative", Seeded311 },
        // Priority 3's description now speaks of residents too, so the stemming is checked among initiatives.
        { "engaging residents&type=Initiative", "Initiative", Seeded311 },
        { "ambassador programs", "Initiative", Seeded311 },
        { "3.11", "Initiative", Seeded311 },
        { "initiative 3.11", "Initiative", Seeded311 },
        { "1.11", "Initiative", "/initiatives/1-11-" },
        { "2.11", "Initiative", "/initiatives/2-11-" },
        { "equitible engagment", "Initiative", Seeded311 },
        { "preliminary budgte request", "StatusUpdate", Seeded311 },
        { "\"engaged city\"", "KeyMeasure", Seeded311 },
        { "Engaged City Attendees", "KeyMeasure", Seeded311 },
        { "\"training program\"", "StatusUpdate", Seeded311 },
        { "Nastacia Pereira", "StatusUpdate", Seeded311 },
        { "shared economic prosperity", "Priority", "/priorities/shared-economic-prosperity" },
        { "safer community", "Priority", "/priorities/create-a-safer-community-together" },
        { "3.11&type=StatusUpdate", "StatusUpdate", Seeded311 },
        { "3.11&type=KeyMeasure", "KeyMeasure", Seeded311 },
    };

    [Theory]
    [MemberData(nameof(TopHits))]
    public async Task The_expected_item_comes_first(string query, string type, string urlPrefix)
    {
        var parts = query.Split('&', 2);
        var results = await plan.Client.SearchAsync("q=" + Uri.EscapeDataString(parts[0]) + (parts.Length > 1 ? "&" + parts[1] : ""));

        var top = results.GetProperty("hits").EnumerateArray().FirstOrDefault();
        Assert.True(top.ValueKind == JsonValueKind.Object, $"\"{query}\" found nothing");
        Assert.Equal(type, top.GetProperty("type").GetString());
        Assert.StartsWith(urlPrefix, top.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stormwater resilience")]
    [InlineData("affordable housing")]
    [InlineData("workforce training")]
    public async Task A_generated_initiative_named_after_the_words_comes_first(string words)
    {
        var results = await plan.Client.SearchForAsync(words);

        var top = results.GetProperty("hits")[0];
        Assert.Equal("Initiative", top.GetProperty("type").GetString());
        // A seeded initiative of the real plan may be named after them too ("Conduct affordable housing research").
        Assert.Contains(words, top.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_seeded_initiative_leads_for_engagement_training()
    {
        var results = await plan.Client.SearchForAsync("engagement training");

        // The measure ("Engaged City Training Meetings"), the update and the initiative all belong to 3.11.
        var top = results.GetProperty("hits").EnumerateArray().Take(2).Select(h => h.GetProperty("url").GetString()!).ToList();
        Assert.All(top, url => Assert.StartsWith(Seeded311, url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("equitible engagment", "equitable engagement")]
    [InlineData("preliminary budgte request", "preliminary budget request")]
    [InlineData("stormwatter", "stormwater")]
    public async Task Misspelt_words_get_a_did_you_mean_with_the_corrected_words(string typed, string meant)
    {
        var results = await plan.Client.SearchForAsync(typed);

        Assert.Equal(meant, results.GetProperty("didYouMean").GetString());
        Assert.True(results.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Correctly_spelt_words_get_no_did_you_mean()
    {
        var results = await plan.Client.SearchForAsync("equitable engagement");

        Assert.Equal(JsonValueKind.Null, results.GetProperty("didYouMean").ValueKind);
    }

    [Fact]
    public async Task A_phrase_matches_the_words_together_and_in_order_only()
    {
        // 3.11 speaks of "engagement staff", never of "staff engagement".
        var inOrder = await plan.Client.SearchForAsync("\"engagement staff\"");
        var reversed = await plan.Client.SearchForAsync("\"staff engagement\"");
        var words = await plan.Client.SearchForAsync("staff engagement");

        Assert.StartsWith(Seeded311, inOrder.GetProperty("hits")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, reversed.GetProperty("total").GetInt32());
        Assert.True(words.GetProperty("total").GetInt32() > inOrder.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("status", "On Hold")]
    [InlineData("status", "Complete/Ongoing")]
    [InlineData("priority", "2")]
    [InlineData("department", "Sample Transit Department")]
    [InlineData("type", "KeyMeasure")]
    [InlineData("cycle", "FY2024–26")]
    public async Task Each_facet_filter_keeps_only_matching_hits_and_its_count_is_the_total(string facet, string value)
    {
        var all = await plan.Client.SearchForAsync("improve");
        var expected = Count(all, facet, value);

        var filtered = await plan.Client.SearchAsync($"q=improve&{facet}={Uri.EscapeDataString(value)}");

        Assert.True(expected > 0, $"the unfiltered search has no {facet} {value}");
        Assert.Equal(expected, filtered.GetProperty("total").GetInt32());
        var check = facet switch
        {
            "status" => (Func<JsonElement, bool>)(h => h.GetProperty("status").GetString() == value),
            "type" => h => h.GetProperty("type").GetString() == value,
            _ => _ => true,
        };
        Assert.All(filtered.GetProperty("hits").EnumerateArray(), h => Assert.True(check(h), h.ToString()));
        Assert.Contains(filtered.GetProperty("facets").GetProperty(facet).EnumerateArray(), v => v.GetProperty("value").GetString() == value && v.GetProperty("selected").GetBoolean());
    }

    [Fact]
    public async Task Facet_counts_reflect_the_other_active_filters_but_not_their_own()
    {
        var byPriority = await plan.Client.SearchAsync("q=improve&priority=2");
        var byStatus = await plan.Client.SearchAsync("q=improve&status=" + Uri.EscapeDataString("In Progress"));

        var both = await plan.Client.SearchAsync("q=improve&priority=2&status=" + Uri.EscapeDataString("In Progress"));

        // Status counts under both filters are those of the priority filter alone, and the other way round.
        Assert.Equal(Counts(byPriority, "status"), Counts(both, "status"));
        Assert.Equal(Counts(byStatus, "priority"), Counts(both, "priority"));
        Assert.Equal(Count(byPriority, "status", "In Progress"), both.GetProperty("total").GetInt32());
        Assert.True(Counts(both, "status").Count > 1, "other statuses should still be offered with their counts");
    }

    [Fact]
    public async Task Results_can_be_sorted_by_initiative_number()
    {
        var results = await plan.Client.SearchAsync("q=improve&type=Initiative&sort=number");

        var numbers = results.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("title").GetString()!.Split(' ')[2].TrimEnd(':'))
            .Select(n => (Priority: int.Parse(n[..1], System.Globalization.CultureInfo.InvariantCulture), Objective: int.Parse(n[2..3], System.Globalization.CultureInfo.InvariantCulture), Sequence: int.Parse(n[3..], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(10, numbers.Count);
        Assert.Equal(numbers.OrderBy(n => n.Priority).ThenBy(n => n.Objective).ThenBy(n => n.Sequence), numbers);
    }

    [Fact]
    public async Task Pages_follow_on_without_overlap()
    {
        var first = await plan.Client.SearchAsync("q=improve&page=1");
        var second = await plan.Client.SearchAsync("q=improve&page=2");

        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        Assert.Equal(10, second.HitIds().Count);
        Assert.Empty(first.HitIds().Intersect(second.HitIds()));
    }

    [Fact]
    public async Task The_api_answers_exactly_the_documented_shape()
    {
        var results = await plan.Client.SearchForAsync("equitable engagement");

        Assert.Equal(["total", "hits", "facets", "didYouMean"], results.EnumerateObject().Select(p => p.Name));
        var hit = results.GetProperty("hits")[0];
        Assert.Equal(["id", "type", "title", "url", "snippet", "status", "priority"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("In Progress", hit.GetProperty("status").GetString());
        Assert.Equal("Connected, Engaged, and Inclusive Communities", hit.GetProperty("priority").GetString());
        Assert.Contains("<mark>equitable</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(["priority", "status", "department", "type", "cycle"], results.GetProperty("facets").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Measures_and_updates_link_to_their_initiative()
    {
        var results = await plan.Client.SearchAsync("q=3.11");

        var urls = results.GetProperty("hits").EnumerateArray().Select(h => (Type: h.GetProperty("type").GetString(), Url: h.GetProperty("url").GetString()!)).ToList();
        Assert.Contains(urls, u => u.Type == "KeyMeasure");
        Assert.Contains(urls, u => u.Type == "StatusUpdate");
        Assert.Single(urls.Select(u => u.Url).Distinct());
    }

    private static int Count(JsonElement results, string facet, string value) =>
        results.GetProperty("facets").GetProperty(facet).EnumerateArray().Where(v => v.GetProperty("value").GetString() == value).Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();

    private static Dictionary<string, int> Counts(JsonElement results, string facet) =>
        results.GetProperty("facets").GetProperty(facet).EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
}
