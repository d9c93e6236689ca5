using DurhamCms.Recipes;
using DurhamCms.Search.Indexing;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Search;

/// <summary>The index-profile recipe steps in Orchard's shapes, and their refusals naming step and field.</summary>
public sealed class SearchRecipeStepTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        _site.CreateClient().Dispose();
        await _site.WaitForSearchIndexAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task The_durham_recipe_defines_the_Search_profile_of_the_published_plan()
    {
        var profile = (await Profiles()).Single(p => p.Name == "Search");

        Assert.Equal("search", profile.IndexName);
        Assert.Equal("Lucene", profile.ProviderName);
        Assert.False(profile.IndexLatest);
        Assert.Equal(["Priority", "Initiative", "KeyMeasure", "StatusUpdate"], profile.Properties.ContentIndexMetadata.IndexedContentTypes);
        Assert.Equal(await _site.PublishedPlanItemsAsync(), _site.SearchDocumentCount());
    }

    [Fact]
    public async Task The_legacy_lucene_index_step_makes_a_profile_this_node_then_builds()
    {
        await RunAsync("""
            { "steps": [ { "name": "lucene-index", "Indices": [ { "Priorities": { "AnalyzerName": "standardanalyzer", "IndexLatest": false, "IndexedContentTypes": [ "Priority" ], "Culture": "any", "StoreSourceData": true } } ] } ] }
            """);

        var profile = (await Profiles()).Single(p => p.Name == "Priorities");
        Assert.Equal(["Priority"], profile.Properties.ContentIndexMetadata.IndexedContentTypes);
        await Polling.EventuallyAsync(() => Task.FromResult(_site.Services.GetRequiredService<LuceneIndexes>().Find("Priorities")?.DocumentCount == 10), TimeSpan.FromSeconds(10), "the Priorities index holding the five priorities and their Spanish translations");
    }

    [Fact]
    public async Task RebuildIndex_makes_every_node_build_the_profile_again()
    {
        var index = _site.Services.GetRequiredService<LuceneIndexes>().Find("Search")!;
        var before = index.Cursor.RebuildToken;

        await RunAsync("""{ "steps": [ { "name": "RebuildIndex", "IndexNames": [ "Search" ] } ] }""");

        var token = (await Profiles()).Single(p => p.Name == "Search").RebuildToken;
        Assert.NotEqual(before, token);
        await Polling.EventuallyAsync(() => Task.FromResult(_site.Services.GetRequiredService<LuceneIndexes>().Find("Search")!.Cursor.RebuildToken == token), TimeSpan.FromSeconds(10), "the rebuild");
        Assert.Equal(await _site.PublishedPlanItemsAsync(), _site.SearchDocumentCount());
    }

    [Fact]
    public async Task ResetIndex_replays_the_task_log_from_its_start()
    {
        await RunAsync("""{ "steps": [ { "name": "ResetIndex", "IncludeAll": true } ] }""");

        var token = (await Profiles()).Single(p => p.Name == "Search").ResetToken;
        await Polling.EventuallyAsync(async () => _site.Services.GetRequiredService<LuceneIndexes>().Find("Search")!.Cursor.ResetToken == token && await _site.IsIndexCurrentAsync(), TimeSpan.FromSeconds(10), "the reset");
        Assert.Equal(await _site.PublishedPlanItemsAsync(), _site.SearchDocumentCount());
    }

    [Theory]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": {} }""", "step 1 \"CreateOrUpdateIndexProfile\": \"Indexes\" must be an array")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "IndexName": "x" } ] }""", "step 1 \"CreateOrUpdateIndexProfile\": index 1 has no \"Name\"")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "ProviderName": "Elasticsearch", "Type": "Content" } ] }""", "index \"X\": \"ProviderName\" is 'Elasticsearch'")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "ProviderName": "Lucene", "Type": "Users" } ] }""", "index \"X\": \"Type\" is 'Users'")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": "Initiative" } } } ] }""", "index \"X\": \"IndexedContentTypes\" must be an array")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [] } } } ] }""", "index \"X\": \"IndexedContentTypes\" must list at least one content type")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [ "Initiative" ], "IndexLatest": "yes" } } } ] }""", "index \"X\": \"IndexLatest\" must be true or false")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [ "Initiative" ] }, "LuceneIndexMetadata": { "AnalyzerName": "klingon" } } } ] }""", "index \"X\": \"AnalyzerName\" is 'klingon'")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "Indexes": [ { "Name": "X", "IndexName": "../../etc", "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [ "Initiative" ] } } } ] }""", "index \"X\": \"IndexName\" '../../etc' must be 1 to 64 letters")]
    [InlineData("""{ "name": "lucene-index", "Indices": [ { "Bad": 5 } ] }""", "step 1 \"lucene-index\": index \"Bad\": its settings must be an object")]
    [InlineData("""{ "name": "RebuildIndex", "IndexNames": [ "Nope" ] }""", "step 1 \"RebuildIndex\": \"IndexNames\": no index profile is named 'Nope'")]
    [InlineData("""{ "name": "ResetIndex" }""", "step 1 \"ResetIndex\": name the indexes in \"IndexNames\" or set \"IncludeAll\": true")]
    [InlineData("""{ "name": "RebuildIndex", "IncludeAll": "all" }""", "step 1 \"RebuildIndex\": \"IncludeAll\" must be true or false")]
    public async Task Broken_steps_are_refused_naming_the_step_and_the_field_and_change_nothing(string step, string message)
    {
        var before = (await Profiles()).Select(p => (p.Name, p.RebuildToken, p.ResetToken)).ToList();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""{ "steps": [ {{step}} ] }"""));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await Profiles()).Select(p => (p.Name, p.RebuildToken, p.ResetToken)).ToList());
    }

    private Task<RecipeResult> RunAsync(string json) => _site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, null));

    private Task<IReadOnlyList<DurhamCms.Search.Models.IndexProfile>> Profiles() => _site.InScopeAsync(sp => sp.GetRequiredService<IndexProfileStore>().ListAsync());
}
