using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Search.Indexing;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>
/// Orchard's Lucene queries run on the Search module's index: the query DSL (match, term, bool,
/// wildcard, range, from/size, sort), Liquid parameters that cannot break out of the JSON, drafts
/// hidden from public queries, and a DSL mistake named where it is.
/// </summary>
public sealed class OrchardLuceneQueriesTests
{
    private const string Setup = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note",
          "Settings": { "ContentTypeSettings": { "Draftable": true } },
          "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ] },
        { "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "Notes", "IndexName": "Notes", "ProviderName": "Lucene", "Type": "Content",
          "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [ "Note" ], "IndexLatest": true },
                          "LuceneIndexMetadata": { "AnalyzerName": "standardanalyzer" } } } ] }
        """;

    private static TestSite NewSite() => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.Queries", "DurhamCms.Search", "DurhamCms.Parts", "DurhamCms.ContentFields", "DurhamCms.Users"],
        SkipDurhamRecipe = true,
        Settings = new Dictionary<string, string?> { ["DurhamCms:Search:NodeName"] = "lucene-queries" },
    });

    private static Task<RecipeResult> RunAsync(TestSite site, string steps) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync($$"""{ "steps": [ {{steps}} ] }""", null, null));

    private static string Lucene(string name, string template, bool isPublic = false, bool items = false) => new JsonObject
    {
        ["name"] = "Queries",
        ["Queries"] = new JsonArray(new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = name, ["Index"] = "Notes", ["Template"] = template, ["ReturnContentItems"] = items, ["Public"] = isPublic,
        }),
    }.ToJsonString();

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(SiteClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<string?> Titles(string body) =>
        JsonNode.Parse(body)!.AsArray().Select(r => (string?)r!["Content.ContentItem.DisplayText.Analyzed"]).ToList();

    private static async Task<TestSite> SiteWithNotesAsync()
    {
        var site = NewSite();
        await RunAsync(site, Setup);
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            foreach (var (title, publish) in new[] { ("Parks plan", true), ("Parks budget", true), ("Library hours", true), ("Parks secret draft", false) })
            {
                var item = await cm.NewAsync("Note");
                item.DisplayText = title;
                Assert.True((await cm.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft)).Succeeded);
            }
        });
        await site.Services.GetRequiredService<ContentIndexer>().SyncAsync(CancellationToken.None);
        return site;
    }

    [Fact]
    public async Task A_public_lucene_query_runs_the_DSL_with_its_parameters_and_never_answers_drafts()
    {
        await using var site = await SiteWithNotesAsync();
        await RunAsync(site, Lucene("ParkNotes", """
            { "query": { "bool": { "must": [ { "match": { "Content.ContentItem.DisplayText.Analyzed": "{{ word }}" } } ],
                                   "must_not": { "wildcard": { "Content.ContentItem.DisplayText.keyword": "*budget*" } } } },
              "sort": { "Content.ContentItem.DisplayText.keyword": { "order": "desc" } }, "size": 10 }
            """, isPublic: true));

        var parks = await GetAsync(site.Client(), "/api/queries/ParkNotes?parameters=" + Uri.EscapeDataString("""{"word": "parks"}"""));
        var escaped = await GetAsync(site.Client(), "/api/queries/ParkNotes?parameters=" + Uri.EscapeDataString("""{"word": "x\" } }, \"match_all\": { \"a"}"""));

        Assert.Equal(HttpStatusCode.OK, parks.Status);
        Assert.Equal(["Parks plan"], Titles(parks.Body));
        Assert.DoesNotContain("secret", parks.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "[]"), escaped);
    }

    [Fact]
    public async Task An_admin_query_sees_what_the_index_holds_with_term_range_from_and_size_and_items_come_back_published()
    {
        await using var site = await SiteWithNotesAsync();
        await RunAsync(site, Lucene("Paged", """
            { "query": { "bool": { "filter": [ { "term": { "Content.ContentItem.ContentType": "Note" } },
                                               { "range": { "Content.ContentItem.DisplayText.keyword": { "gte": "Parks", "lt": "Parkt" } } } ] } },
              "sort": [ "Content.ContentItem.DisplayText.keyword" ], "from": 1, "size": 1 }
            """));
        await RunAsync(site, Lucene("Everything", """{ "query": { "match_all": {} }, "sort": { "Content.ContentItem.DisplayText.keyword": "asc" } }""", items: true));

        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        using var paged = await admin.GetAsync("/api/queries/Paged");
        var anonymous = await GetAsync(site.Client(), "/api/queries/Paged");
        var items = await GetAsync(admin, "/api/queries/Everything");

        Assert.Equal(HttpStatusCode.OK, paged.StatusCode);
        Assert.Equal(["Parks plan"], Titles(await paged.Content.ReadAsStringAsync()));
        Assert.Equal("3", paged.Headers.GetValues("X-Query-Total").Single());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        // The draft is in the index (IndexLatest) but an item answer is its published version: none.
        Assert.Equal(["Library hours", "Parks budget", "Parks plan"],
            JsonNode.Parse(items.Body)!.AsArray().Select(i => (string?)i!["DisplayText"]).ToList());
    }

    [Theory]
    [InlineData("""{ "query": { "matchh": { "a": "b" } } }""", "query: 'matchh' is not a query type")]
    [InlineData("""{ "query": { "bool": { "must": [ { "term": { "a": "b" } }, { "range": { "a": { "over": 1 } } } ] } } }""", "query.bool.must[1].range.a: 'over' is not a bound")]
    [InlineData("""{ "query": { "match_all": {} }, "size": -1 }""", "size must be a whole number")]
    [InlineData("""{ "query": { "match_all": {} """, "the query is not JSON")]
    public async Task A_lucene_query_the_DSL_cannot_read_is_refused_on_import_naming_where(string template, string message)
    {
        await using var site = NewSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, Lucene("Bad", template)));

        Assert.Contains("query 'Bad' may not be stored", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
