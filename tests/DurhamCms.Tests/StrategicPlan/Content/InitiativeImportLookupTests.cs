using System.Data.Common;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.StrategicPlan.Content;

/// <summary>
/// A recipe's initiatives all name one of five priorities: the picker and the number rule read
/// each priority once per batch (ContentImportJournal), not once per initiative, and forget it
/// when the recipe writes over a stored item.
/// </summary>
public sealed class InitiativeImportLookupTests
{
    [Fact]
    public async Task A_recipe_of_initiatives_reads_each_priority_once_not_once_per_initiative()
    {
        var reads = new ContentItemReads();
        await using var site = new TestSite(new TestSiteOptions { Services = s => s.ConfigureDbContext<DurhamCms.Data.DurhamDbContext>(o => o.AddInterceptors(reads)) });
        var recipe = await site.InScopeAsync(async sp => new SamplePlanGenerator(await SamplePlanSite.ReadAsync(sp)).Generate(initiatives: 30));
        var initiatives = ((JsonArray)recipe["steps"]![0]!["Data"]!).Where(n => (string?)n!["ContentType"] == "Initiative").ToList();
        Assert.Equal(30, initiatives.Count);
        var priorities = initiatives.Select(n => (string?)n!["Initiative"]!["Priority"]!["ContentItemIds"]![0]).Distinct().Count();

        var result = await site.InScopeAsync(sp =>
        {
            // Only the import's own reads: the site's background loops query too.
            reads.Of = sp.GetRequiredService<DurhamCms.Data.DurhamDbContext>();
            return sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe.ToJsonString(), null, null);
        });

        Assert.Equal(0, result.Warnings.Count(w => w.Contains("is invalid", StringComparison.Ordinal)));
        // Before, each initiative read its priority twice (picker, number rule): 60 reads. Now each
        // priority is read twice (its picker row, its document), plus one look-up for the batch.
        Assert.True(priorities < initiatives.Count, "initiatives share priorities");
        Assert.InRange(reads.Count, 1, (2 * priorities) + 1);
    }

    [Fact]
    public async Task A_priority_renumbered_earlier_in_the_recipe_is_read_again()
    {
        await using var site = new TestSite();
        var (first, second, priority) = await site.InScopeAsync(async sp =>
        {
            var data = (JsonArray)new SamplePlanGenerator(await SamplePlanSite.ReadAsync(sp)).Generate(initiatives: 2)["steps"]![0]!["Data"]!;
            var initiatives = data.Select(n => n!.AsObject()).Where(n => (string?)n["ContentType"] == "Initiative").ToList();
            var picked = (string)initiatives[0]["Initiative"]!["Priority"]!["ContentItemIds"]![0]!;
            return (initiatives[0], initiatives[1], (await sp.GetRequiredService<IContentManager>().GetAsync(picked, VersionOptions.Latest))!);
        });
        var number = (int)priority.Content["Priority"]!["Number"]!["Value"]!.GetValue<decimal>();
        var renumber = number == 5 ? 4 : number + 1;
        first["Initiative"]!["Number"] = new JsonObject { ["Text"] = $"{number}.98" };
        second["Initiative"]!["Priority"] = new JsonObject { ["ContentItemIds"] = new JsonArray(priority.ContentItemId) };
        second["Initiative"]!["Number"] = new JsonObject { ["Text"] = $"{renumber}.98" };
        var renumbered = new JsonObject
        {
            ["ContentItemId"] = priority.ContentItemId,
            ["ContentItemVersionId"] = priority.ContentItemVersionId,
            ["ContentType"] = "Priority",
            ["Latest"] = true,
            ["Published"] = true,
            ["Priority"] = new JsonObject { ["Number"] = new JsonObject { ["Value"] = renumber } },
        };

        var recipe = new JsonObject
        {
            ["name"] = "renumbered",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["Data"] = new JsonArray(first.DeepClone(), renumbered, second.DeepClone()) }),
        };
        var result = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe.ToJsonString(), null, null));

        Assert.Equal(3, result.ImportedContentCount);
    }

    /// <summary>Counts the queries one context makes that read content item rows.</summary>
    private sealed class ContentItemReads : DbCommandInterceptor
    {
        public int Count;

        public DbContext? Of { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && context == Of
                && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)
                && command.CommandText.Contains("FROM \"ContentItems\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref Count);
            }

            return ValueTask.FromResult(result);
        }
    }
}
