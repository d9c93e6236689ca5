using System.Diagnostics;

namespace DurhamCms.Recipes;

/// <summary>
/// The memory and time one recipe expression may use, checked inside a statement. Jint checks its
/// own limits only between statements, so one built-in call could build a string of any size
/// ('a'.repeat(1 &lt;&lt; 28) made 512 MB in 4 seconds): the guarded built-ins ask this budget
/// first, with the size of what they are about to build.
/// </summary>
internal sealed class RecipeScriptBudget(long maxBytes, TimeSpan timeout)
{
    private long _startBytes;
    private long _startTimestamp;

    public long MaxBytes { get; } = maxBytes;

    /// <summary>Starts the budget of one expression.</summary>
    public void Start()
    {
        _startBytes = GC.GetAllocatedBytesForCurrentThread();
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Refuses when the expression has already gone over its memory or its time.</summary>
    /// <exception cref="RecipeExpressionException">The budget is spent.</exception>
    public void Check() => Fits("the script", 0);

    /// <summary>
    /// Refuses <paramref name="operation"/> when building <paramref name="characters"/> more
    /// characters would take the expression over its memory budget, or when its time is up.
    /// </summary>
    /// <exception cref="RecipeExpressionException">The result would not fit.</exception>
    public void Fits(string operation, double characters)
    {
        var elapsed = Stopwatch.GetElapsedTime(_startTimestamp);
        if (elapsed > timeout)
        {
            throw new RecipeExpressionException($"the script ran longer than {timeout.TotalSeconds:0.#} seconds, the most a recipe script may run.");
        }

        var used = GC.GetAllocatedBytesForCurrentThread() - _startBytes;
        var wanted = characters * sizeof(char);
        if (used + wanted > MaxBytes)
        {
            throw new RecipeExpressionException(characters > 0
                ? $"{operation} would build {characters:N0} characters ({Megabytes(wanted)}); a recipe script may use at most {Megabytes(MaxBytes)} in all."
                : $"the script used more than the {Megabytes(MaxBytes)} a recipe script may use.");
        }
    }

    private static string Megabytes(double bytes) => $"{bytes / (1024 * 1024):N0} MB";
}
