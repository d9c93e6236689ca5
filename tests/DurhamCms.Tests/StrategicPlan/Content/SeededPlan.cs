namespace DurhamCms.Tests.StrategicPlan.Content;

/// <summary>The seeded recipe's fixed ids (recipes/durham-strategic-plan.recipe.json), so tests name what they read.</summary>
public static class SeededPlan
{
    public const string Priority3 = "fstbqq5w6asqz1y2ksaae0cesp";
    public const string Priority4 = "pxh0r8dv3yqctzptp0nx1ebb5g";
    public const string Initiative311 = "9c2t155a3x72ycp1aas56zm5dr";
    public const string Measure311 = "3hx0nrfb08sy11fvrte1jvt2cs";
    public const string Update311 = "4t9vr060w6qz0t17d1e5dyjbz4";

    public const string Title311 = "Assess and build innovative pathways that facilitate equitable community engagement";

    public static string RecipePath => Infrastructure.RepositoryPaths.DurhamRecipe;
}
