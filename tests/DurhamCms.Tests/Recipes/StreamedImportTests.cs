using System.Text;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Recipes;
using DurhamCms.Search.Models;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Recipes;

/// <summary>
/// A recipe's Content items are streamed and imported in batches (ContentStep.BatchSize): what
/// is stored is what importing item by item stores, and the recipe stays all-or-nothing.
/// </summary>
public sealed class StreamedImportTests
{
    // More than two batches, so a failure lands after whole batches were written.
    private const int Items = 1_200;

    [Fact]
    public async Task A_broken_item_deep_in_a_big_streamed_recipe_imports_nothing_and_is_named()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var before = await site.CountVersionsAsync();
        var path = WriteRecipe(site.DataPath, "missing-id", n => n == 1_150 ? Note(n).Replace("\"ContentItemId\": \"note1150\", ", "", StringComparison.Ordinal) : Note(n));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Contains("step 1 \"Content\": item 1150 (Note without ContentItemId) has no ContentItemId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from the recipe", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_failing_expression_deep_in_a_streamed_recipe_names_its_item()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var before = await site.CountVersionsAsync();
        var path = WriteRecipe(site.DataPath, "bad-expression", n => n == 1_101 ? Note(n).Replace("\"hello\"", "\"[js: noSuchFunction()]\"", StringComparison.Ordinal) : Note(n));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Contains("step 1 \"Content\": item 1101 of Data: the expression \"[js: noSuchFunction()]\" could not be evaluated", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task Broken_json_at_the_end_of_a_big_recipe_is_refused_before_any_item_is_imported()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var before = await site.CountVersionsAsync();

        // The last item lacks a comma between two properties; the first 1,199 are fine.
        var path = WriteRecipe(site.DataPath, "bad-json", n => n == Items ? Note(n).Replace("\", \"ContentType\"", "\" \"ContentType\"", StringComparison.Ordinal) : Note(n));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Contains($"bad-json.recipe.json: the recipe is not valid JSON at line {Items + 1}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task Every_item_of_a_big_streamed_recipe_is_imported_in_order_with_expressions_evaluated()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var path = WriteRecipe(site.DataPath, "many", n => n % 100 == 0 ? Note(n).Replace("\"hello\"", $"\"[js: 'item ' + {n}]\"", StringComparison.Ordinal) : Note(n));

        var result = await site.RunFileAsync(path, new RecipeExecutionOptions { KeepImportedContent = false });

        Assert.Equal(Items, result.ImportedContentCount);
        Assert.Empty(result.ImportedContent);
        var texts = await site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetManyAsync(["note1", "note600", "note1200"]))
            .Select(i => (string?)i.Content["Note"]?["Text"]).ToList());
        Assert.Equal(["hello", "item 600", "item 1200"], texts);
    }

    [Fact]
    public async Task Only_what_is_read_whole_counts_against_the_whole_read_limit()
    {
        await using var site = await RecipeTestSite.CreateAsync(new Dictionary<string, string?> { ["DurhamCms:Recipes:MaxFileMegabytes"] = "1" });

        // 1,200 notes padded to about 2 MB: streamed, so the file may be larger than the limit.
        var padding = new string('x', 1_700);
        var path = WriteRecipe(site.DataPath, "padded", n => Note(n).Replace("\"hello\"", $"\"{padding}\"", StringComparison.Ordinal));
        Assert.True(new FileInfo(path).Length > 2 * 1024 * 1024);
        Assert.Equal(Items, (await site.RunFileAsync(path)).ImportedContentCount);

        // The same size outside Content items is read whole, and refused before any step runs.
        var settings = Path.Combine(site.DataPath, "recipes", "big-settings.recipe.json");
        await File.WriteAllTextAsync(settings, $$"""{ "steps": [ { "name": "Settings", "Footer": "{{new string('x', 2 * 1024 * 1024)}}" } ] }""");
        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(settings));
        Assert.Contains("the recipe outside its content items is", error.Message, StringComparison.Ordinal);
        Assert.Contains("DurhamCms:Recipes:MaxFileMegabytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task A_streamed_import_stores_what_item_by_item_import_stores_on_sqlite() => StoresWhatItemByItemImportStoresAsync(TestSite.Sqlite);

    [Fact]
    [Trait("Category", "PostgreSql")]
    public Task A_streamed_import_stores_what_item_by_item_import_stores_on_postgresql() => StoresWhatItemByItemImportStoresAsync(TestSite.PostgreSql);

    /// <summary>
    /// The sample plan (initiatives, measures, updates: every part handler and the search
    /// indexing tasks) plus a second version of an item in a later batch and a re-import of an
    /// item stored before, imported once item by item through the content manager (the way the
    /// Content step worked before it batched; rolled back) and once as a streamed recipe.
    /// </summary>
    private static async Task StoresWhatItemByItemImportStoresAsync(string provider)
    {
        await using var site = new TestSite(provider);
        var path = Path.Combine(site.DataPath, "sample.recipe.json");
        await site.InScopeAsync(async sp =>
        {
            var recipe = new SamplePlanGenerator(await SamplePlanSite.ReadAsync(sp)).Generate(initiatives: 220);
            var data = (JsonArray)recipe["steps"]![0]!["Data"]!;
            var second = data[0]!.DeepClone().AsObject();
            second["ContentItemVersionId"] = "secondversionofthefirstone";
            second["DisplayText"] = "The first initiative, revised";
            data.Insert(700, second);

            // An item the site already has, given again: merged into, as Orchard does.
            var stored = (await sp.GetRequiredService<IContentManager>().ListAsync(null)).First(i => i.ContentType == "Initiative");
            var again = new JsonObject
            {
                ["ContentItemId"] = stored.ContentItemId,
                ["ContentItemVersionId"] = stored.ContentItemVersionId,
                ["ContentType"] = stored.ContentType,
                ["DisplayText"] = stored.DisplayText + " (imported again)",
                ["Latest"] = true,
                ["Published"] = true,
            };
            data.Insert(1_000, again);
            await File.WriteAllTextAsync(path, recipe.ToJsonString(ContentJson.Options));
        });
        var json = (JsonArray)JsonNode.Parse(await File.ReadAllTextAsync(path))!["steps"]![0]!["Data"]!;
        Assert.True(json.Count > 2 * DurhamCms.Recipes.Steps.ContentStep.BatchSize, "the recipe spans several batches");

        var itemByItem = await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var contentManager = sp.GetRequiredService<IContentManager>();
            var journal = sp.GetRequiredService<ContentImportJournal>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            journal.Begin();
            foreach (var item in json)
            {
                Assert.True((await contentManager.ImportAsync(ContentItem.FromJson(item!.AsObject()))).Succeeded);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            journal.End();
            var snapshot = await SnapshotAsync(db);
            await transaction.RollbackAsync();
            return snapshot;
        });

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(path));
        var streamed = await site.InScopeAsync(sp => SnapshotAsync(sp.GetRequiredService<DurhamDbContext>()));

        Assert.Equal(json.Count, result.ImportedContentCount);
        Assert.True(itemByItem.Count > json.Count, "every imported version and its indexing task are compared");
        Assert.Equal(itemByItem, streamed);
    }

    /// <summary>Every version row (its document without the import's own timestamps and ids) and the indexing tasks per item.</summary>
    private static async Task<List<string>> SnapshotAsync(DurhamDbContext db)
    {
        var rows = await db.ContentItems.AsNoTracking().ToListAsync();
        var lines = rows.Select(r =>
        {
            var content = JsonNode.Parse(r.Content)!.AsObject();
            content.Remove("CreatedUtc");
            content.Remove("ModifiedUtc");
            content.Remove("PublishedUtc");

            // The sample gives no version ids: each import makes new ones.
            content.Remove("ContentItemVersionId");
            return $"{r.ContentItemId} {r.ContentType} {r.Latest} {r.Published} {r.DisplayText} {content.ToJsonString()}";
        }).ToList();
        var tasks = await db.Set<IndexingTask>().AsNoTracking().GroupBy(t => new { t.ContentItemId, t.Type })
            .Select(g => new { g.Key.ContentItemId, g.Key.Type, Count = g.Count() }).ToListAsync();
        lines.AddRange(tasks.Select(t => $"task {t.ContentItemId} {t.Type} {t.Count}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Note(int n) =>
        $$"""{ "ContentItemId": "note{{n}}", "ContentType": "Note", "ContentItemVersionId": "notev{{n}}", "Latest": true, "Published": true, "Note": { "Text": "hello" } }""";

    /// <summary>A recipe file of <see cref="Items"/> notes, one per line (line 2 holds the first).</summary>
    private static string WriteRecipe(string dataPath, string name, Func<int, string> item)
    {
        var text = new StringBuilder("{ \"name\": \"").Append(name).Append("\", \"steps\": [ { \"name\": \"Content\", \"Data\": [\n");
        for (var n = 1; n <= Items; n++)
        {
            text.Append(item(n)).Append(n < Items ? ",\n" : "\n");
        }

        text.Append("] } ] }\n");
        var folder = Path.Combine(dataPath, "recipes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".recipe.json");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
