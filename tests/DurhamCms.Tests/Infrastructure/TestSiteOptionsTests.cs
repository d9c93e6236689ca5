using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>What TestSite's options change about the site it starts.</summary>
public sealed class TestSiteOptionsTests
{
    [Fact]
    public async Task Skipping_the_Durham_recipe_starts_a_site_without_the_plans_types()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });

        var types = await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ListTypeDefinitionsAsync());

        Assert.Empty(types);
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    // Every module with a table is named: until modules own their migrations, the one Initial
    // migration needs every table in the model (a host of Parts alone fails on pending changes).
    [Fact]
    public async Task A_subset_of_modules_runs_those_and_what_they_depend_on()
    {
        await using var site = new TestSite(new TestSiteOptions
        {
            Modules = ["DurhamCms.StrategicPlan", "DurhamCms.Workflows", "DurhamCms.AuditTrail"],
            SkipDurhamRecipe = true,
        });

        var modules = site.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Id).ToList();

        Assert.Contains("DurhamCms.Parts", modules);
        Assert.DoesNotContain("DurhamCms.Users", modules);
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_fake_clock_is_the_sites_clock()
    {
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Clock = clock, SkipDurhamRecipe = true });

        Assert.Same(clock, site.Services.GetRequiredService<TimeProvider>());
        Assert.Equal(0, clock.GetUtcNow().Ticks % TimeSpan.TicksPerSecond);
    }
}
