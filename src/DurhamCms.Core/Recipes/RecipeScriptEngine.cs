using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;

namespace DurhamCms.Recipes;

/// <summary>
/// A Jint engine for recipe expressions, with the recipe's functions and no CLR access. Recipe
/// scripts are one-liners: the limits stop a mistaken loop, recursion or allocation from hanging
/// or exhausting the host, and hold inside a single statement too (see <see cref="RecipeScriptGuards"/>).
/// </summary>
internal sealed class RecipeScriptEngine : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    public const int MaxStatements = 10_000;
    public const int MaxRecursion = 64;
    public const long MaxMemoryBytes = 32 * 1024 * 1024;
    public const int MaxArraySize = 100_000;

    // One regular expression match is one statement; a catastrophic pattern must not hold it for
    // Jint's default of 10 seconds.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly Engine _engine;
    private readonly RecipeScriptBudget _budget = new(MaxMemoryBytes, Timeout);
    private readonly JsValue _stringify;

    public RecipeScriptEngine(Action<Engine> addFunctions)
    {
        _engine = new Engine(o =>
        {
            o.TimeoutInterval(Timeout)
                .MaxStatements(MaxStatements)
                .LimitRecursion(MaxRecursion)
                .LimitMemory(MaxMemoryBytes)
                .Strict(false);
            o.Constraints.MaxArraySize = MaxArraySize;
            o.Constraints.RegexTimeout = RegexTimeout;
        });
        RecipeScriptGuards.Install(_engine, _budget, MaxArraySize);
        _stringify = _engine.GetValue("JSON").AsObject().Get("stringify");
        addFunctions(_engine);
    }

    /// <summary>Runs the script and returns its completion value as JSON, both within the budget.</summary>
    public JsonNode? Evaluate(in Prepared<Script> script)
    {
        _budget.Start();
        var result = _engine.Evaluate(script);
        return JintJson.ToNode(_engine, result, _stringify);
    }

    public void Dispose() => _engine.Dispose();
}
