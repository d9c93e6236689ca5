namespace DurhamCms.Recipes;

/// <summary>
/// A recipe reached outside its sandbox: a configuration key it may not read, a file outside its
/// folder. Unlike a <see cref="RecipeExpressionException"/> this is never skipped with a warning:
/// the recipe is refused whole, so neither the value nor the expression that asked for it is kept.
/// </summary>
public sealed class RecipeSandboxException : Exception
{
    public RecipeSandboxException(string message) : base(message) { }
    public RecipeSandboxException(string message, Exception? inner) : base(message, inner) { }
    public RecipeSandboxException() { }
}
