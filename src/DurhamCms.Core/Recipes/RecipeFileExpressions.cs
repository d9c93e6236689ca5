using System.Text.RegularExpressions;

namespace DurhamCms.Recipes;

/// <summary>
/// Orchard's <c>[file: ...]</c> expressions: <c>text('path')</c> and <c>base64('path')</c>, read
/// relative to the recipe's folder. Paths that lead out of that folder, by <c>../</c> or through a
/// symbolic link, are refused, so a recipe from elsewhere cannot read the site's secrets.
/// </summary>
internal static partial class RecipeFileExpressions
{
    public static string Evaluate(string script, string? recipeDirectory, long maxBytes)
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

        var full = new RecipeFolder(recipeDirectory).Resolve(relative);
        if (!File.Exists(full))
        {
            throw new RecipeExpressionException($"the file '{relative}' was not found (looked for {full}).");
        }

        var size = new FileInfo(full).Length;
        if (size > maxBytes)
        {
            throw new RecipeExpressionException(
                $"the file '{relative}' is {size:N0} bytes; recipes read files of at most {maxBytes:N0} bytes ({RecipeOptions.Section}:{nameof(RecipeOptions.MaxFileMegabytes)}).");
        }

        return call.Groups["function"].Value == "base64"
            ? Convert.ToBase64String(File.ReadAllBytes(full))
            : File.ReadAllText(full);
    }

    [GeneratedRegex(@"^\s*(?<function>text|base64)\s*\(\s*(?<q>['""])(?<path>.*?)\k<q>\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FileCall();
}
