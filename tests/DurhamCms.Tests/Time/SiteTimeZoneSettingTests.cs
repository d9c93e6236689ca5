using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using DurhamCms.Time;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Time;

/// <summary>The site's zone: Orchard's TimeZoneId setting, a configured fallback, and a recipe that names no real zone refused.</summary>
public sealed class SiteTimeZoneSettingTests
{
    private const string Note = """{ "name": "Settings", "General": { "SiteName": "Before" } }""";

    [Fact]
    public async Task A_recipe_naming_an_unknown_zone_is_refused_naming_the_step_and_setting_and_imports_nothing()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync($$"""
            { "name": "Bad zone", "steps": [ {{Note}}, { "name": "Settings", "TimeZoneId": "America/Durham" } ] }
            """));

        Assert.Contains("step 2 \"Settings\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("'TimeZoneId' is 'America/Durham'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from the recipe", error.Message, StringComparison.Ordinal);
        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync()));
    }

    [Fact]
    public async Task The_recipes_zone_wins_over_the_configured_one_and_the_configured_one_over_the_default()
    {
        await using var site = await RecipeTestSite.CreateAsync(new Dictionary<string, string?> { ["DurhamCms:TimeZone"] = "America/Chicago" });

        Assert.Equal("America/Chicago", await ZoneAsync(site));

        await site.RunAsync("""{ "steps": [ { "name": "Settings", "TimeZoneId": "Europe/London" } ] }""");

        Assert.Equal("Europe/London", await ZoneAsync(site));
    }

    [Fact]
    public async Task A_site_with_no_zone_set_anywhere_is_on_Durhams_and_the_reporting_key_still_counts()
    {
        await using var plain = await RecipeTestSite.CreateAsync();
        await using var reporting = await RecipeTestSite.CreateAsync(new Dictionary<string, string?> { ["DurhamCms:Reporting:TimeZone"] = "America/Denver" });

        Assert.Equal("America/New_York", await ZoneAsync(plain));
        Assert.Equal("America/Denver", await ZoneAsync(reporting));
    }

    private static Task<string> ZoneAsync(RecipeTestSite site) =>
        site.InScopeAsync(async sp => (await sp.GetRequiredService<ILocalClock>().GetTimeZoneAsync()).Id);
}
