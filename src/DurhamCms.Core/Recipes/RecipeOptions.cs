using Microsoft.Extensions.Configuration;

namespace DurhamCms.Recipes;

/// <summary>The "DurhamCms:Recipes" configuration section: what a recipe, which is code, may reach.</summary>
public sealed class RecipeOptions
{
    public const string Section = "DurhamCms:Recipes";

    /// <summary>
    /// Readable by every recipe. Orchard Core's own setup recipes (the compatibility suite) read the
    /// admin's URL prefix, which is a path, not a secret. The Durham recipe reads no configuration.
    /// </summary>
    public static readonly IReadOnlyList<string> AlwaysAllowedConfigurationKeys = ["OrchardCore_Admin:AdminUrlPrefix"];

    /// <summary>
    /// Further configuration keys <c>[js: configuration('…')]</c> may read, exactly as written
    /// (case-insensitive). Any other key fails the recipe: configuration holds the admin password,
    /// the connection string and the environment, and a recipe's output can end up on a public page.
    /// </summary>
    public string[] AllowedConfigurationKeys { get; set; } = [];

    /// <summary>
    /// The most a recipe reads whole into memory, in megabytes: a file a <c>[file: …]</c>
    /// expression reads, the recipe outside its Content items (header, variables, other steps),
    /// and any single content item. Whatever is read whole takes several times its size in memory.
    /// </summary>
    public int MaxFileMegabytes { get; set; } = 256;

    public long MaxFileBytes => Math.Max(MaxFileMegabytes, 1) * 1024L * 1024L;

    /// <summary>
    /// The largest recipe file, in megabytes. Content steps' items are streamed one batch at a
    /// time, so this bounds the disk read and the time of one import, not memory: a city's
    /// 100,000-item export is a few hundred megabytes.
    /// </summary>
    public int MaxRecipeFileMegabytes { get; set; } = 4096;

    public long MaxRecipeFileBytes => Math.Max(MaxRecipeFileMegabytes, 1) * 1024L * 1024L;

    /// <summary>The section bound from <paramref name="configuration"/>, or the defaults without one.</summary>
    public static RecipeOptions From(IConfiguration? configuration) =>
        configuration?.GetSection(Section).Get<RecipeOptions>() ?? new RecipeOptions();

    /// <summary>True when a recipe may read <paramref name="key"/>.</summary>
    public bool AllowsConfigurationKey(string key) =>
        AlwaysAllowedConfigurationKeys.Concat(AllowedConfigurationKeys)
            .Any(allowed => string.Equals(allowed.Trim(), key, StringComparison.OrdinalIgnoreCase));
}
