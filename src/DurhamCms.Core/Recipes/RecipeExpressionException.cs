namespace DurhamCms.Recipes;

/// <summary>An expression in a recipe that cannot be evaluated: an unknown function, a missing parameter or file.</summary>
public sealed class RecipeExpressionException : Exception
{
    public RecipeExpressionException(string message) : base(message) { }
    public RecipeExpressionException(string message, Exception? inner) : base(message, inner) { }
    public RecipeExpressionException() { }
}
