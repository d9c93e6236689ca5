using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Recipes;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's common feature ids, as this host's modules, kernel and themes answer them.</summary>
public sealed class OrchardFeatureMapTests
{
    private static readonly ModuleCatalog Host = ModuleCatalog.Discover(typeof(Program).Assembly);

    [Theory]
    [InlineData("TheAdmin")]
    [InlineData("TheTheme")]
    [InlineData("OrchardCore.Admin")]
    [InlineData("OrchardCore.Themes")]
    [InlineData("OrchardCore.Lists")]
    [InlineData("OrchardCore.Title")]
    [InlineData("OrchardCore.Autoroute")]
    [InlineData("OrchardCore.Html")]
    [InlineData("OrchardCore.Markdown")]
    [InlineData("OrchardCore.ContentFields")]
    [InlineData("OrchardCore.Lucene")]
    [InlineData("OrchardCore.Search.Lucene")]
    [InlineData("OrchardCore.Media")]
    [InlineData("OrchardCore.Localization")]
    [InlineData("OrchardCore.ContentLocalization")]
    public void A_common_feature_this_host_has_is_provided(string feature) =>
        Assert.Equal(FeatureAvailability.Provided, OrchardFeatureMap.Find(Host, feature, out _));

    [Theory]
    [InlineData("OrchardCore.Menu")]
    [InlineData("OrchardCore.Workflows")]
    public void A_common_feature_this_host_lacks_is_named_unavailable_with_its_reason(string feature)
    {
        Assert.Equal(FeatureAvailability.Unavailable, OrchardFeatureMap.Find(Host, feature, out var reason));
        Assert.False(string.IsNullOrWhiteSpace(reason));
    }

    [OrchardRecipesTheory]
    [MemberData(nameof(OrchardRecipeFiles))]
    public void Every_feature_Orchards_setup_recipes_enable_is_mapped(string file)
    {
        var recipe = RecipeReader.Read(File.ReadAllText(OrchardRecipes.PathOf(file)), file);
        var features = recipe.Steps.Where(s => string.Equals((string?)s["name"], "feature", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s["enable"]!.AsArray().Select(n => (string)n!));

        var unknown = features.Where(f => OrchardFeatureMap.Find(Host, f, out _) == FeatureAvailability.Unknown).ToList();

        Assert.True(unknown.Count == 0, $"{file} enables features the map does not know: {string.Join(", ", unknown)}");
    }

    public static TheoryData<string> OrchardRecipeFiles => new(OrchardRecipes.Files);

    [Fact]
    public async Task An_unavailable_feature_refuses_the_recipe_naming_why_and_is_a_warning_when_skipping()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        const string Recipe = """{ "steps": [ { "name": "Feature", "enable": [ "TheAdmin", "OrchardCore.Menu" ] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(Recipe));
        Assert.Contains("OrchardCore.Menu is not available in DurhamCms (no content menus", error.Message, StringComparison.Ordinal);

        var result = await site.RunAsync(Recipe, new RecipeExecutionOptions { SkipUnsupportedSteps = true });
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("OrchardCore.Menu is not available in DurhamCms", warning, StringComparison.Ordinal);
    }
}
