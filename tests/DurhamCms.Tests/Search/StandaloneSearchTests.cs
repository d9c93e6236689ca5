using System.Text.Json;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Search.Contributors;
using DurhamCms.Search.Controllers;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Querying;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Search;

/// <summary>
/// Search stands alone: a site of the kernel, Parts, ContentFields and Search only (no Strategic
/// Plan) imports Orchard's blog recipe, unchanged, and finds its blog post with a snippet, a link
/// and a type facet, and nothing of the plan's facets.
/// </summary>
public sealed class StandaloneSearchTests
{
    private static readonly string[] Modules = ["DurhamCms.Search", "DurhamCms.Parts", "DurhamCms.ContentFields"];

    [OrchardRecipesFact]
    public async Task A_site_without_the_plan_imports_orchards_blog_and_finds_its_post_with_a_snippet_and_a_type_facet()
    {
        await using var site = SearchOnlySite.Start();
        await site.ImportAsync(await File.ReadAllTextAsync(OrchardRecipes.PathOf("blog.recipe.json")), Path.GetDirectoryName(OrchardRecipes.PathOf("blog.recipe.json")));
        await site.ImportAsync("""
            { "steps": [ { "name": "CreateOrUpdateIndexProfile", "Indexes": [ {
                "Name": "Search", "IndexName": "Search", "ProviderName": "Lucene", "Type": "Content",
                "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [ "BlogPost", "Blog" ] },
                                "LuceneIndexMetadata": { "AnalyzerName": "standardanalyzer" } } } ] } ] }
            """);
        await site.Services.GetRequiredService<ContentIndexer>().SyncAsync(CancellationToken.None);

        var results = site.Services.GetRequiredService<SearchService>().Search(new SearchRequest { Q = "lunar voyage" });

        Assert.Equal(["DurhamCms.ContentFields", "DurhamCms.Parts", "DurhamCms.Search"], site.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Id));
        var post = Assert.Single(results.Hits);
        Assert.Equal("BlogPost", post.Type);
        Assert.Equal("Man must explore, and this is exploration at its greatest", post.Title);
        Assert.Equal("/blog/post-1", post.Url);
        Assert.Contains("<mark>lunar</mark> <mark>voyage</mark>", post.Snippet, StringComparison.Ordinal);
        var type = Assert.Single(results.Facets);
        Assert.Equal("type", type.Facet.Key);
        Assert.Equal(("BlogPost", 1), (type.Values.Single().Value, type.Values.Single().Count));

        // The API has the documented fixed shape and no value of a module that is not there.
        var json = JsonSerializer.SerializeToElement(SearchApi.ToResponse(results), JsonSerializerOptions.Web);
        Assert.Equal(["id", "type", "title", "url", "snippet"], json.GetProperty("hits")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["type"], json.GetProperty("facets").EnumerateObject().Select(p => p.Name));
    }

    [OrchardRecipesFact]
    public async Task Filtering_by_type_keeps_only_that_type()
    {
        await using var site = SearchOnlySite.Start();
        await site.ImportAsync(await File.ReadAllTextAsync(OrchardRecipes.PathOf("blog.recipe.json")), Path.GetDirectoryName(OrchardRecipes.PathOf("blog.recipe.json")));
        await site.ImportAsync("""
            { "steps": [ { "name": "lucene-index", "Indices": [ { "Search": { "AnalyzerName": "standardanalyzer", "IndexedContentTypes": [ "BlogPost", "Blog" ] } } ] } ] }
            """);
        await site.Services.GetRequiredService<ContentIndexer>().SyncAsync(CancellationToken.None);
        var search = site.Services.GetRequiredService<SearchService>();

        var everything = search.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["Blog", "BlogPost"] } });
        var blogs = search.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["Blog"] } });

        Assert.Equal(2, everything.Total);
        Assert.Equal("Blog", Assert.Single(blogs.Hits).Type);
        Assert.Equal("/blog", blogs.Hits[0].Url);
    }

    [OrchardRecipesFact]
    public async Task A_module_added_to_the_site_gets_its_facet_filled_in_an_index_built_before_it()
    {
        var before = SearchOnlySite.Start();
        before.Site.KeepData = true;
        await using (before)
        {
            await before.ImportAsync(await File.ReadAllTextAsync(OrchardRecipes.PathOf("blog.recipe.json")), Path.GetDirectoryName(OrchardRecipes.PathOf("blog.recipe.json")));
            await before.ImportAsync("""{ "steps": [ { "name": "lucene-index", "Indices": [ { "Search": { "IndexedContentTypes": [ "BlogPost", "Blog" ] } } ] } ] }""");
            await before.Services.GetRequiredService<ContentIndexer>().SyncAsync(CancellationToken.None);
        }

        // No content changed, so no task asks for it: only the new document layout makes every document be written again.
        await using var after = before.Restart(services => services.AddLengthModule());
        await after.Services.GetRequiredService<ContentIndexer>().SyncAsync(CancellationToken.None);

        var results = after.Services.GetRequiredService<SearchService>().Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["length"] = ["long"] } });

        Assert.Equal("BlogPost", Assert.Single(results.Hits).Type);
        Assert.Equal(["length", "type"], results.Facets.Select(f => f.Facet.Key));
        Assert.Equal("Long reads", results.Facets[0].Values.Single(v => v.Selected).Label);
        Assert.Equal("long", Assert.Single(results.Hits[0].Values).Value);
    }

    /// <summary>
    /// A <see cref="TestSite"/> of the modules <see cref="Modules"/> names, set up from the empty
    /// recipe. The tests run an indexing pass themselves after each import rather than wait for
    /// the indexer's loop (passes take turns, so the loop's own pass does no harm).
    /// </summary>
    private sealed class SearchOnlySite : IAsyncDisposable
    {
        private static readonly Dictionary<string, string?> Settings = new() { ["DurhamCms:Search:NodeName"] = "test" };

        private SearchOnlySite(TestSite site) => Site = site;

        public TestSite Site { get; }

        public IServiceProvider Services => Site.Services;

        public static SearchOnlySite Start() =>
            new(new TestSite(new TestSiteOptions { Modules = Modules, SkipDurhamRecipe = true, Settings = Settings }));

        /// <summary>The same site started again, with <paramref name="configure"/>'s services added.</summary>
        public SearchOnlySite Restart(Action<IServiceCollection> configure)
        {
            var site = Site.Restart(Settings, services: configure);
            site.KeepData = false; // The last host of the data folder removes it.
            return new(site);
        }

        public async Task ImportAsync(string json, string? directory = null)
        {
            await using var scope = Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, directory, OrchardRecipes.SetupOptions);
            Assert.True(result.ExecutedSteps > 0);
        }

        public ValueTask DisposeAsync() => Site.DisposeAsync();
    }
}

/// <summary>A module of the test's own: a "length" facet, long or short, that every hit shows.</summary>
internal static class LengthModule
{
    public static IServiceCollection AddLengthModule(this IServiceCollection services)
    {
        services.AddSingleton<ISearchCatalogProvider, LengthCatalog>();
        services.AddScoped<ISearchDocumentContributor, LengthContributor>();
        return services;
    }

    private sealed class LengthCatalog : ISearchCatalogProvider
    {
        public void Describe(SearchCatalogBuilder catalog) => catalog
            .AddFacet(new SearchFacet("length", "Length", Position: 1))
            .LabelValues("length", value => value == "long" ? "Long reads" : null)
            .AddHitValue(new SearchHitValue("length", "length", Position: 1));
    }

    private sealed class LengthContributor : ISearchDocumentContributor
    {
        public Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct)
        {
            foreach (var document in batch.Documents)
            {
                document.SetFacet("length", document.Text.Sum(t => t.Length) > 1000 ? "long" : "short");
            }

            return Task.CompletedTask;
        }
    }
}
