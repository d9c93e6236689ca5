using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Web.Commands;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.StrategicPlan.Content;

public sealed class SamplePlanGeneratorTests
{
    private static readonly SamplePlanSite TwoPriorities = new(
        [new SamplePriority("p3", 3, "Three"), new SamplePriority("p4", 4, "Four")],
        new HashSet<string> { "3.11" },
        DefaultStatuses);

    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task Fifty_sample_initiatives_import_on_the_Durham_site_with_their_measures_and_updates()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var recipe = new SamplePlanGenerator(await SamplePlanSite.ReadAsync(sp)).Generate(50);
            await sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe.ToJsonString(), recipeDirectory: null);

            var contentManager = sp.GetRequiredService<IContentManager>();
            var initiatives = (await contentManager.ListAsync(Initiative.Type, VersionOptions.Published))
                .Where(i => i.DisplayText!.StartsWith("Sample initiative ", StringComparison.Ordinal)).ToList();
            Assert.Equal(50, initiatives.Count);
            Assert.All(initiatives, i => Assert.StartsWith("Sample initiative ", i.DisplayText, StringComparison.Ordinal));
            Assert.Equal(50, (await contentManager.ListAsync(KeyMeasure.Type, VersionOptions.Published)).Count(m => m.DisplayText!.StartsWith("Sample ", StringComparison.Ordinal)));
            Assert.Equal(150, (await contentManager.ListAsync(StatusUpdate.Type, VersionOptions.Published)).Count(u => u.ContentItemId != SeededPlan.Update311));

            // 50 initiatives round five priorities, so objective 3.1 gets one: 3.11 to 3.13 are the seed's, so it is 3.14.
            Assert.Contains(initiatives, i => i.Text(Initiative.Number) == "3.14");
        });
    }

    [Fact]
    public void Numbers_are_unique_x_yz_under_the_picked_priority_and_skip_numbers_in_use()
    {
        var items = Data(new SamplePlanGenerator(TwoPriorities).Generate(40));
        var initiatives = items.Where(i => Type(i) == Initiative.Type).ToList();

        var numbers = initiatives.Select(i => i[Initiative.Type]![Initiative.Number]!["Text"]!.GetValue<string>()).ToList();
        Assert.Equal(40, numbers.Distinct().Count());
        Assert.DoesNotContain("3.11", numbers);
        Assert.All(initiatives, i =>
        {
            var text = i[Initiative.Type]![Initiative.Number]!["Text"]!.GetValue<string>();
            Assert.True(InitiativeNumber.TryParse(text, out var number) && number.ToString() == text, text);
            var picked = i[Initiative.Type]![Initiative.Priority]!["ContentItemIds"]![0]!.GetValue<string>();
            Assert.Equal(picked, number!.Priority == 3 ? "p3" : "p4");
            Assert.InRange(number.Objective, 1, 9);
        });
    }

    [Fact]
    public void Each_initiative_has_one_measure_of_six_to_twelve_months_and_three_updates_with_statuses_from_the_vocabulary()
    {
        var items = Data(new SamplePlanGenerator(TwoPriorities).Generate(10));

        Assert.Equal(50, items.Count);
        Assert.Equal(10, items.Count(i => Type(i) == KeyMeasure.Type));
        Assert.Equal(30, items.Count(i => Type(i) == StatusUpdate.Type));
        Assert.All(items.Where(i => Type(i) == KeyMeasure.Type), m =>
            Assert.InRange(m[KeyMeasure.Type]![KeyMeasure.Series]!["Points"]!.AsArray().Count, 6, 12));
        Assert.All(items.Where(i => Type(i) is "Initiative" or "StatusUpdate"), i =>
            Assert.Contains(i[Type(i)]!["Status"]!["Text"]!.GetValue<string>(), DefaultStatuses));
    }

    [Fact]
    public void Items_counts_content_items_in_total()
    {
        var recipe = new SamplePlanGenerator(TwoPriorities).Generate(3, totalItems: 12);

        Assert.Equal(12, Data(recipe).Count);
        Assert.Contains("not real data", recipe["displayName"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_written_recipe_is_the_generated_one_item_for_item()
    {
        using var stream = new MemoryStream();
        await new SamplePlanGenerator(TwoPriorities).WriteAsync(stream, 4, totalItems: 17);
        var written = JsonNode.Parse(stream.ToArray())!.AsObject();
        var generated = new SamplePlanGenerator(TwoPriorities).Generate(4, totalItems: 17);

        Assert.Equal(generated["displayName"]!.GetValue<string>(), written["displayName"]!.GetValue<string>());
        Assert.Equal("Content", written["steps"]![0]!["name"]!.GetValue<string>());
        // Ids are new at every run; everything else comes from the seeded random sequence.
        Assert.Equal(Data(generated).Select(Shape), Data(written).Select(Shape));
    }

    private static string Shape(JsonObject item) =>
        $"{Type(item)} {item["DisplayText"]} {item[Type(item)]?.ToJsonString().Length}";

    private static List<JsonObject> Data(JsonObject recipe) =>
        recipe["steps"]![0]!["Data"]!.AsArray().Select(i => i!.AsObject()).ToList();

    private static string Type(JsonObject item) => item["ContentType"]!.GetValue<string>();
}
