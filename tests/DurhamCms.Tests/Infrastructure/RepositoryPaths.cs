using System.Runtime.CompilerServices;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// Where the repository and the shared folder beside it are, found from this source file's
/// compile-time path, so tests work whatever folder the build output went to.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository: the seed page and Orchard's recipes.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string DurhamRecipe => Path.Combine(Root, "recipes", "durham-strategic-plan.recipe.json");

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
