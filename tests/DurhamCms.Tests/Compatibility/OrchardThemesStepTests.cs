using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's Themes step: its default themes map onto ours, any other is a warning.</summary>
public sealed class OrchardThemesStepTests
{
    private static Task<ThemesDocument> ThemesAsync(RecipeTestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<ThemesDocument>(ThemesDocument.DocumentKey));

    [Fact]
    public async Task Orchards_default_themes_map_onto_ours_without_a_warning()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var result = await site.RunAsync("""{ "steps": [ { "name": "themes", "admin": "TheAdmin", "site": "TheTheme" } ] }""");

        Assert.Empty(result.Warnings);
        Assert.Equal(1, result.ExecutedSteps);
        var themes = await ThemesAsync(site);
        Assert.Equal(("DurhamCms.Themes.Dashboard", "DurhamCms.Themes.Admin"), (themes.Site, themes.Admin));
    }

    [Fact]
    public async Task An_unknown_site_theme_is_a_warning_and_the_site_keeps_its_theme()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var result = await site.RunAsync("""{ "steps": [ { "name": "Themes", "Admin": "TheAdmin", "Site": "TheBlogTheme" } ] }""");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("step 1 \"Themes\"", warning, StringComparison.Ordinal);
        Assert.Contains("the site theme 'TheBlogTheme' is not available in DurhamCms", warning, StringComparison.Ordinal);
        Assert.Equal("DurhamCms.Themes.Dashboard", (await ThemesAsync(site)).Site);
    }

    [Fact]
    public async Task A_theme_that_is_not_a_name_is_refused_naming_the_property()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync("""{ "steps": [ { "name": "themes", "admin": 7 } ] }"""));

        Assert.Contains("\"admin\" must name a theme", error.Message, StringComparison.Ordinal);
    }
}
