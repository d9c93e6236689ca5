using System.Runtime.CompilerServices;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// Where the repository's files are, found from this source file's compile-time path, so tests
/// work whatever folder the build output went to.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DurhamRecipe => Path.Combine(Root, "recipes", "durham-strategic-plan.recipe.json");

    /// <summary>tests/fixtures: data the tests are held to, kept in the repository.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "fixtures", .. parts]);

    /// <summary>
    /// ../shared/orchard-recipes beside the repository: Orchard Core's own recipes, which are
    /// not ours to copy in. A plain clone has no such folder; the tests that need it skip.
    /// </summary>
    public static string OrchardRecipes => Path.GetFullPath(Path.Combine(Root, "..", "shared", "orchard-recipes"));

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DurhamCms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DurhamCms.sln above {thisFile}.");
    }
}
