using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using DurhamCms.ContentManagement;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.StrategicPlan.Content;

/// <summary>The Durham recipe, as setup runs it, against the real page it reproduces.</summary>
public sealed class SeededPlanTests
{
    public static TheoryData<string> Databases => TestSite.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_recipe_seeds_the_five_priorities_and_initiative_3_11_word_for_word(string provider)
    {
        await using var site = new TestSite(provider);
        await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var page = SeedPage.Load();

            var priorities = (await contentManager.ListAsync(Priority.Type, VersionOptions.Published)).Where(English)
                .OrderBy(p => p.Number(Priority.Number))
                .Select(p => (p.Number(Priority.Number), p.DisplayText, p.Number(Priority.Order)))
                .ToList();
            Assert.Equal(
            [
                (1m, "Shared Economic Prosperity", 1m),
                (2m, "Create a Safer Community Together", 2m),
                (3m, "Connected, Engaged, and Inclusive Communities", 3m),
                (4m, "Innovative and High Performing Organization", 4m),
                (5m, "Thriving and Vibrant Environment", 5m),
            ], priorities);

            // The rest of the plan is seeded too (Residents/WholePlanTests); 3.11 is the one reported in full.
            var initiative = Assert.Single(await contentManager.ListAsync(Initiative.Type, VersionOptions.Published), i => i.ContentItemId == SeededPlan.Initiative311);
            Assert.Equal("Initiative: 3.11 " + SeededPlan.Title311, page.Line("Initiative: 3.11"));
            Assert.Equal(SeededPlan.Title311, initiative.DisplayText);
            Assert.Equal("3.11", initiative.Text(Initiative.Number));
            Assert.Equal(SeededPlan.Priority3, initiative.PickedId(Initiative.Priority));
            Assert.Equal("In Progress", initiative.Text(Initiative.Status));
            Assert.Equal("FY2024–26", initiative.Text(Initiative.PlanCycle));
            Assert.Equal(
                "initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement",
                initiative.GetPartJson("AutoroutePart")?["Path"]?.GetValue<string>());
            AssertSection(page.Section("Description", "Key Measures & Data Analysis"), initiative.Html(Initiative.Description));
            AssertSection(page.Section("Why is it important?", "What have we been doing?"), initiative.Html(Initiative.WhyImportant));

            var measure = Assert.Single((await contentManager.ListAsync(KeyMeasure.Type, VersionOptions.Published)).Where(English), m => m.PickedId(KeyMeasure.Initiative) == SeededPlan.Initiative311);
            Assert.Equal(SeededPlan.Measure311, measure.ContentItemId);
            Assert.Equal(page.Line("Engaged City Attendees"), measure.DisplayText);
            Assert.Equal(SeededPlan.Initiative311, measure.PickedId(KeyMeasure.Initiative));
            AssertSection(page.Section("Key Measures & Data Analysis", "Engaged City Attendees"), measure.Html(KeyMeasure.Analysis));
            var series = measure.GetPartJson(KeyMeasure.Type)![KeyMeasure.Series]!;
            Assert.Equal("attendees", series["Unit"]!.GetValue<string>());
            Assert.Equal("bar", series["ChartKind"]!.GetValue<string>());
            Assert.Equal("up", series["BetterDirection"]!.GetValue<string>());
            Assert.Null(series["Target"]);
            Assert.Equal(
                [("2023-07", 23m), ("2023-08", 24m), ("2023-09", 17m), ("2023-10", 16m), ("2023-11", 19m), ("2023-12", 32m)],
                Points(series));

            var update = Assert.Single(await contentManager.ListAsync(StatusUpdate.Type, VersionOptions.Published));
            Assert.Equal(SeededPlan.Update311, update.ContentItemId);
            Assert.Equal(SeededPlan.Initiative311, update.PickedId(StatusUpdate.Initiative));
            Assert.Equal("In Progress", update.Text(StatusUpdate.Status));
            Assert.Equal("FY2024–26", update.Text(StatusUpdate.Period));
            AssertSection(page.Section("What have we been doing?", "What's next?"), update.Html(StatusUpdate.WhatWeHaveBeenDoing));
            AssertSection(page.Section("What's next?", "Budget and Management Services Department"), update.Html(StatusUpdate.WhatsNext));

            var settings = await sp.GetRequiredService<ISiteSettings>().GetAsync();
            Assert.Equal("Durham Strategic Plan Dashboard", settings["SiteName"]?.GetValue<string>());
            var publisher = settings["Publisher"]!;
            Assert.Equal(page.Line("Budget and Management Services Department"), publisher["Department"]?.GetValue<string>());
            Assert.Equal(page.Line("Office of Performance and Innovation"), publisher["Office"]?.GetValue<string>());
            Assert.Equal(page.Line("Strategy and Performance Division"), publisher["Division"]?.GetValue<string>());
        });
    }

    [Fact]
    public async Task The_updates_numbered_lists_keep_their_nested_bullets()
    {
        await using var site = new TestSite();
        var update = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(SeededPlan.Update311));
        Assert.NotNull(update);

        var doing = new HtmlParser().ParseDocument($"<body>{update.Html(StatusUpdate.WhatWeHaveBeenDoing)}</body>").Body!;
        Assert.Equal(2, doing.QuerySelectorAll("ol > li").Length);
        Assert.Empty(doing.QuerySelectorAll("ul"));

        var next = new HtmlParser().ParseDocument($"<body>{update.Html(StatusUpdate.WhatsNext)}</body>").Body!;
        Assert.Equal([1, 3, 2], next.QuerySelectorAll("ol > li").Select(li => li.QuerySelectorAll("ul > li").Length));
        Assert.Equal(2, next.QuerySelectorAll("body > p").Length);
    }

    [Fact]
    public async Task The_measure_year_is_a_recipe_variable_a_caller_can_override()
    {
        await using var site = new TestSite();

        // Running the recipe again over its own items also shows that 3.11 does not clash with
        // itself and that its generated path stays the same (no "-2").
        var (measure, initiative) = await site.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(SeededPlan.RecipePath, new RecipeExecutionOptions
            {
                Parameters = new Dictionary<string, string?> { ["AdminUserId"] = "admin-id", ["AdminUsername"] = "admin" },
                Variables = new Dictionary<string, string?> { ["measureYear"] = "2024" },
            });
            var contentManager = sp.GetRequiredService<IContentManager>();
            return (await contentManager.GetAsync(SeededPlan.Measure311, VersionOptions.Latest),
                await contentManager.GetAsync(SeededPlan.Initiative311, VersionOptions.Latest));
        });

        Assert.Equal(
            [("2024-07", 23m), ("2024-08", 24m), ("2024-09", 17m), ("2024-10", 16m), ("2024-11", 19m), ("2024-12", 32m)],
            Points(measure!.GetPartJson(KeyMeasure.Type)![KeyMeasure.Series]!));
        Assert.Equal(
            "initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement",
            initiative!.GetPartJson("AutoroutePart")?["Path"]?.GetValue<string>());
    }

    /// <summary>Every paragraph and list item of the page's section appears, word for word, in the stored HTML's text.</summary>
    private static void AssertSection(IReadOnlyList<string> expected, string? html)
    {
        Assert.NotEmpty(expected);
        var text = SeedPage.TextOf(html);
        foreach (var paragraph in expected)
        {
            Assert.Contains(paragraph, text, StringComparison.Ordinal);
        }
    }

    private static List<(string, decimal)> Points(JsonNode series) =>
        series["Points"]!.AsArray().Select(p => (p!["Period"]!.GetValue<string>(), p["Value"]!.GetValue<decimal>())).ToList();

    /// <summary>The plan's own items: the recipe also seeds Spanish translations of some (see the Localization tests).</summary>
    private static bool English(ContentItem item) => item.GetPartJson("LocalizationPart")?["Culture"]?.GetValue<string>() is null or "en-US";
}
