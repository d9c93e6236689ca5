using System.Text.RegularExpressions;

namespace DurhamCms.Recipes;

/// <summary>
/// Orchard's <c>[file: ...]</c> expressions: <c>text('path')</c> and <c>base64('path')</c>, read
/// relative to the recipe's folder. Paths that climb out of that folder are refused, so a recipe
/// from elsewhere cannot read the site's secrets.
/// </summary>
internal static partial class RecipeFileExpressions
{
    public static string Evaluate(string script, string? recipeDirectory)
    {
        var call = FileCall().Match(script);
        if (!call.Success)
        {
            throw new RecipeExpressionException("a file expression is text('path') or base64('path').");
        }

        var relative = call.Groups["path"].Value;
        if (recipeDirectory is null)
        {
            throw new RecipeExpressionException($"the file '{relative}' cannot be read: this recipe was not read from a folder.");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(recipeDirectory)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new RecipeExpressionException($"the file '{relative}' is outside the recipe's folder; recipes may only read files beside them.");
        }

        if (!File.Exists(full))
        {
            throw new RecipeExpressionException($"the file '{relative}' was not found (looked for {full}).");
        }

        return call.Groups["function"].Value == "base64"
            ? Convert.ToBase64String(File.ReadAllBytes(full))
            : File.ReadAllText(full);
    }

    [GeneratedRegex(@"^\s*(?<function>text|base64)\s*\(\s*(?<q>['""])(?<path>.*?)\k<q>\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FileCall();
}
