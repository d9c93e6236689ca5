using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Localization;

/// <summary>A site without the plan: titles, routes and the Localization module, set up from the empty recipe.</summary>
public static class LocalizationSite
{
    public static TestSite Create() => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.ContentFields", "DurhamCms.Users", "DurhamCms.Parts", "DurhamCms.Localization"],
        SkipDurhamRecipe = true,
    });

    public static string OrchardFixture => RepositoryPaths.Fixture("recipes", "orchard-localization.recipe.json");
}
