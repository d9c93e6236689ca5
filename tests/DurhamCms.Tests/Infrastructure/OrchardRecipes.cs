using DurhamCms.Recipes;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>Orchard Core's own setup recipes, read where they are kept beside the repository (never copied into it).</summary>
public static class OrchardRecipes
{
    public static readonly string[] Files = ["agency.recipe.json", "blog.recipe.json", "comingsoon.recipe.json", "migrations.recipe.json"];

    /// <summary>Why a test that needs the recipes is skipped, or null when they are there.</summary>
    public static string? Missing { get; } = Directory.Exists(RepositoryPaths.OrchardRecipes)
        ? null
        : $"Orchard Core's recipes are not beside the repository ({RepositoryPaths.OrchardRecipes} does not exist).";

    /// <summary>The parameters Orchard's setup passes to its recipes.</summary>
    public static RecipeExecutionOptions SetupOptions => new()
    {
        SkipUnsupportedSteps = true,
        Parameters = new Dictionary<string, string?>
        {
            ["AdminUserId"] = "4k7qxzmb2hf8yd3nq0vw5t9cjr",
            ["AdminUsername"] = "admin",
            ["SiteName"] = "Recipe Test Site",
        },
    };

    public static string PathOf(string file) => Path.Combine(RepositoryPaths.OrchardRecipes, file);
}

/// <summary>A fact that needs Orchard's recipes: skipped, saying why, on a clone without ../shared.</summary>
public sealed class OrchardRecipesFactAttribute : FactAttribute
{
    public OrchardRecipesFactAttribute() => Skip = OrchardRecipes.Missing;
}

/// <summary>A theory that needs Orchard's recipes: skipped, saying why, on a clone without ../shared.</summary>
public sealed class OrchardRecipesTheoryAttribute : TheoryAttribute
{
    public OrchardRecipesTheoryAttribute() => Skip = OrchardRecipes.Missing;
}
