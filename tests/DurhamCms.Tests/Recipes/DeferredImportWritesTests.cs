using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Recipes;

/// <summary>
/// The Content step saves new items in groups (DbContext.DeferWrites) instead of one by one, and
/// every query on the context first writes what is deferred: no read, and so no handler's
/// uniqueness check, misses a row an earlier item of the same group added.
/// </summary>
public sealed class DeferredImportWritesTests
{
    [Fact]
    public async Task A_query_sees_the_rows_an_import_deferred_whichever_way_it_is_run()
    {
        var saves = new SaveCounter();
        await using var site = await RecipeTestSite.CreateAsync(configure: s => s.ConfigureDbContext<DurhamDbContext>(o => o.AddInterceptors(saves)));
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var importer = (IContentImporter)sp.GetRequiredService<IContentManager>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            using (db.DeferWrites())
            {
                Assert.True((await importer.ImportUnstoredAsync(Note(1))).Succeeded);
                Assert.True(db.HasDeferredWrites);
                Assert.Equal(0, saves.NewVersionSaves);

                // A single result (a Task), a sequence (an async enumerable), and a synchronous count.
                Assert.True(await db.ContentItems.AnyAsync(r => r.ContentItemId == "note1"));
                Assert.Equal(1, saves.NewVersionSaves);
                Assert.True((await importer.ImportUnstoredAsync(Note(2))).Succeeded);
                Assert.Contains("note2", await db.ContentItems.Select(r => r.ContentItemId).ToListAsync());
                Assert.True((await importer.ImportUnstoredAsync(Note(3))).Succeeded);
                Assert.Equal(1, db.ContentItems.Count(r => r.ContentItemId == "note3"));
                Assert.Equal(3, saves.NewVersionSaves);
                Assert.False(db.HasDeferredWrites);
            }

            // Outside the scope a new version is saved at once, as everywhere else.
            Assert.True((await importer.ImportUnstoredAsync(Note(4))).Succeeded);
            Assert.False(db.HasDeferredWrites);
            Assert.Equal(4, saves.NewVersionSaves);
            await transaction.RollbackAsync();
        });
    }

    [Fact]
    public async Task A_recipe_of_new_items_is_saved_in_groups_not_item_by_item()
    {
        var saves = new SaveCounter();
        await using var site = await RecipeTestSite.CreateAsync(configure: s => s.ConfigureDbContext<DurhamDbContext>(o => o.AddInterceptors(saves)));

        var result = await site.RunAsync(Recipe(Enumerable.Range(1, 30).Select(Note)));

        Assert.Equal(30, result.ImportedContentCount);
        Assert.Equal(30, await site.CountVersionsAsync());

        // Every ten items and at the end of the batch (here the same save), not thirty times.
        Assert.Equal(3, saves.NewVersionSaves);
    }

    [Fact]
    public async Task A_group_that_cannot_be_written_names_its_items_and_imports_nothing()
    {
        await using var site = await RecipeTestSite.CreateAsync(configure: s => s.AddScoped<IContentHandler, ClashingVersionHandler>());
        var before = await site.CountVersionsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(Recipe(Enumerable.Range(1, 12).Select(Note))));

        Assert.Contains("step 1 \"Content\": items 1 to 10 could not be written (they are saved together; item 10 is Note note10)", error.Message, StringComparison.Ordinal);
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from the recipe", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task Uniqueness_checks_see_an_earlier_item_of_the_same_group()
    {
        await using var site = new TestSite();
        var (first, second) = await site.InScopeAsync(async sp =>
        {
            var data = (JsonArray)new SamplePlanGenerator(await SamplePlanSite.ReadAsync(sp)).Generate(initiatives: 2)["steps"]![0]!["Data"]!;
            var initiatives = data.Select(n => n!.AsObject()).Where(n => (string?)n["ContentType"] == "Initiative").ToList();
            return (initiatives[0], initiatives[1]);
        });

        // The same chosen path twice: the second is refused, not given the first one's URL.
        first["AutoroutePart"] = new JsonObject { ["Path"] = "initiatives/twice" };
        second["AutoroutePart"] = new JsonObject { ["Path"] = "initiatives/twice" };
        var path = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, first, second));
        Assert.Contains("item 2 (Initiative", path.Message, StringComparison.Ordinal);
        Assert.Contains("The path 'initiatives/twice' is already used by another item", path.Message, StringComparison.Ordinal);

        // The same initiative number twice.
        second["AutoroutePart"] = new JsonObject { ["Path"] = "" };
        second["Initiative"]!["Number"] = first["Initiative"]!["Number"]!.DeepClone();
        second["Initiative"]!["Priority"] = first["Initiative"]!["Priority"]!.DeepClone();
        var number = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, first, second));
        Assert.Contains("item 2 (Initiative", number.Message, StringComparison.Ordinal);
        Assert.Contains($"Number {first["Initiative"]!["Number"]!["Text"]} is already used", number.Message, StringComparison.Ordinal);
    }

    private static Task<RecipeResult> RunAsync(TestSite site, params JsonObject[] items) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(Recipe(items.Select(i => ContentItem.FromJson(i))), null, null));

    private static ContentItem Note(int n) => ContentItem.FromJson(JsonNode.Parse(
        $$"""{ "ContentItemId": "note{{n}}", "ContentType": "Note", "ContentItemVersionId": "notev{{n}}", "Latest": true, "Published": true, "Note": { "Text": "hello" } }""")!.AsObject());

    private static string Recipe(IEnumerable<ContentItem> items) =>
        new JsonObject
        {
            ["name"] = "deferred",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Content",
                ["Data"] = new JsonArray(items.Select(i => (JsonNode)JsonNode.Parse(i.ToJsonString())!).ToArray()),
            }),
        }.ToJsonString();

    /// <summary>Counts the saves that write a new version row.</summary>
    private sealed class SaveCounter : SaveChangesInterceptor
    {
        private int _saves;

        public int NewVersionSaves => _saves;

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Count(eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(eventData);
            return ValueTask.FromResult(result);
        }

        private void Count(DbContextEventData eventData)
        {
            if (eventData.Context!.ChangeTracker.Entries<ContentItemRecord>().Any(e => e.State == EntityState.Added))
            {
                Interlocked.Increment(ref _saves);
            }
        }
    }

    /// <summary>Adds, with note 7, a second row for note 3's version: the group's save breaks the unique index.</summary>
    private sealed class ClashingVersionHandler(DurhamDbContext db) : ContentHandlerBase
    {
        public override Task ImportedAsync(ContentContext context)
        {
            if (context.ContentItem.ContentItemId == "note7")
            {
                db.ContentItems.Add(new ContentItemRecord { ContentItemId = "clash", ContentItemVersionId = "notev3", ContentType = "Note", Content = "{}", Stamp = 1 });
            }

            return Task.CompletedTask;
        }
    }
}
