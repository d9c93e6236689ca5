using System.Net;
using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Recipes;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Models;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Search;

/// <summary>What the search tests share: asking the API, waiting for the index, a generated plan.</summary>
public static class SearchTesting
{
    public const string Profile = "Search";

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string queryString)
    {
        var response = await client.GetAsync("/api/search?" + queryString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static Task<JsonElement> SearchForAsync(this HttpClient client, string words) => client.SearchAsync("q=" + Uri.EscapeDataString(words));

    public static IReadOnlyList<string> HitIds(this JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();

    /// <summary>Waits until this node's index of the profile exists, is built, and has applied every task in the log.</summary>
    public static Task WaitForSearchIndexAsync(this TestSite site, TimeSpan? timeout = null) =>
        Polling.EventuallyAsync(() => site.IsIndexCurrentAsync(), timeout ?? TimeSpan.FromSeconds(60), "the search index catching up");

    public static async Task<bool> IsIndexCurrentAsync(this TestSite site)
    {
        var index = site.Services.GetRequiredService<LuceneIndexes>().Find(Profile);
        if (index is null || index.NeedsRebuild || index.Rebuilding)
        {
            return false;
        }

        var last = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<IndexingTask>().MaxAsync(t => (long?)t.Id));
        return index.Cursor.LastTaskId >= (last ?? 0);
    }

    public static int SearchDocumentCount(this TestSite site) =>
        site.Services.GetRequiredService<LuceneIndexes>().Find(Profile)?.DocumentCount ?? -1;

    /// <summary>Published items of the types the Search profile indexes, counted in the database.</summary>
    public static Task<int> PublishedPlanItemsAsync(this TestSite site) => site.InScopeAsync(sp =>
    {
        string[] types = ["Priority", "Initiative", "KeyMeasure", "StatusUpdate"];
        return sp.GetRequiredService<DurhamDbContext>().ContentItems.CountAsync(r => r.Published && types.Contains(r.ContentType));
    });

    /// <summary>Imports a generated sample plan of <paramref name="initiatives"/> initiatives (five items each) under the seeded priorities.</summary>
    public static Task ImportSamplePlanAsync(this TestSite site, int initiatives) => site.InScopeAsync(async sp =>
    {
        var plan = await SamplePlanSite.ReadAsync(sp);
        var recipe = new SamplePlanGenerator(plan).Generate(initiatives);
        await sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe.ToJsonString(ContentJson.Options), null);
    });
}
