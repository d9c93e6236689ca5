using System.Text;
using System.Text.Json.Nodes;
using Acornima.Ast;
using DurhamCms.ContentManagement;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Microsoft.Extensions.Configuration;

namespace DurhamCms.Recipes;

/// <summary>
/// Evaluates Orchard's recipe expressions: a JSON string that is wholly <c>[js: ...]</c> or
/// <c>[file: ...]</c>. One evaluator serves one recipe run, so <c>variables('x')</c> is computed
/// the first time a step asks for it and the same value is reused by every later step.
/// </summary>
public sealed class RecipeExpressionEvaluator
{
    private const int MaxCachedScripts = 512;

    private readonly JsonObject _recipeVariables;
    private readonly RecipeExecutionOptions _options;
    private readonly IConfiguration? _configuration;
    private readonly RecipeOptions _recipeOptions;
    private readonly string? _recipeDirectory;
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluatingVariables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);
    private RecipeScriptEngine? _engine;
    private int _depth;
    private string _where = "";

    /// <param name="recipeOptions">What recipes may reach; by default the "DurhamCms:Recipes" section of <paramref name="configuration"/>.</param>
    public RecipeExpressionEvaluator(
        JsonObject recipeVariables,
        RecipeExecutionOptions options,
        IConfiguration? configuration,
        string? recipeDirectory,
        RecipeOptions? recipeOptions = null)
    {
        _recipeVariables = recipeVariables;
        _options = options;
        _configuration = configuration;
        _recipeDirectory = recipeDirectory;
        _recipeOptions = recipeOptions ?? RecipeOptions.From(configuration);
    }

    /// <summary>True for a string Orchard would evaluate: the whole value is one bracketed expression.</summary>
    public static bool IsExpression(string value) => Split(value) is not null;

    /// <summary>
    /// A copy of <paramref name="step"/> with every expression evaluated. A failed expression
    /// refuses the step; when the run skips what it does not support it becomes null instead,
    /// with a warning. Its own text is never stored as data (an Owner of "[js: …]").
    /// </summary>
    public JsonObject EvaluateStep(JsonObject step, RecipeStepContext context) => (JsonObject)EvaluateNode(step, context)!;

    /// <summary>
    /// A copy of one streamed Content item with its expressions evaluated; a failure names the
    /// item by its number in <c>Data</c> (from 1).
    /// </summary>
    public JsonNode? EvaluateItem(JsonNode? item, int number, RecipeStepContext context)
    {
        _where = $"item {number} of Data: ";
        try
        {
            return EvaluateNode(item, context);
        }
        finally
        {
            _where = "";
        }
    }

    /// <summary>Evaluates one expression string; other strings come back unchanged.</summary>
    /// <exception cref="RecipeExpressionException">The expression cannot be evaluated.</exception>
    /// <exception cref="RecipeSandboxException">The expression reached outside the recipe's sandbox.</exception>
    public JsonNode? Evaluate(string value)
    {
        var split = Split(value);
        if (split is not { } expression)
        {
            return JsonValue.Create(value);
        }

        return expression.Engine switch
        {
            "js" => EvaluateScript(expression.Script),
            _ => JsonValue.Create(RecipeFileExpressions.Evaluate(expression.Script, _recipeDirectory, _recipeOptions.MaxFileBytes)),
        };
    }

    private JsonNode? EvaluateNode(JsonNode? node, RecipeStepContext context)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject(ContentJson.NodeOptions);
                foreach (var (name, value) in obj)
                {
                    copy[name] = EvaluateNode(value, context);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray(ContentJson.NodeOptions);
                foreach (var value in array)
                {
                    items.Add(EvaluateNode(value, context));
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text) && IsExpression(text):
                try
                {
                    return Evaluate(text);
                }
                catch (RecipeSandboxException ex)
                {
                    // Never kept as written, even when skipping: the recipe is refused whole.
                    throw context.Error($"{_where}the expression {Quote(text)} was refused: {ex.Message}", ex);
                }
                catch (RecipeExpressionException ex)
                {
                    if (!context.Options.SkipUnsupportedSteps)
                    {
                        throw context.Error($"{_where}the expression {Quote(text)} could not be evaluated: {ex.Message}", ex);
                    }

                    context.Warn($"{_where}the expression {Quote(text)} could not be evaluated and was left empty (null): {ex.Message}");
                    return null;
                }

            default:
                return node?.DeepClone();
        }
    }

    private JsonNode? EvaluateScript(string script)
    {
        // A script evaluated while another runs (a variable's first use) gets its own engine:
        // Jint engines are not re-entrant across evaluations.
        using var nested = _depth == 0 ? null : CreateEngine();
        var engine = nested ?? (_engine ??= CreateEngine());
        _depth++;
        try
        {
            return engine.Evaluate(Prepare(script));
        }
        catch (Exception ex) when (ex is RecipeExpressionException or RecipeSandboxException)
        {
            throw;
        }
        catch (JavaScriptException ex)
        {
            throw new RecipeExpressionException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Syntax errors, timeouts, statement, recursion, array and memory limits.
            throw new RecipeExpressionException(ex.Message, ex);
        }
        finally
        {
            _depth--;
        }
    }

    private Prepared<Script> Prepare(string script)
    {
        if (_scripts.TryGetValue(script, out var prepared))
        {
            return prepared;
        }

        // A block keeps one expression's `const` and `let` from clashing with the next one's in
        // the shared engine; its completion value (or top-level `return`, which Orchard's
        // recipes use) is still the result.
        prepared = Engine.PrepareScript("{\n" + script + "\n}");
        if (_scripts.Count < MaxCachedScripts)
        {
            _scripts[script] = prepared;
        }

        return prepared;
    }

    private RecipeScriptEngine CreateEngine() => new(engine =>
    {
        engine.SetValue("uuid", new Func<string>(IdGenerator.NewId));
        engine.SetValue("variables", new Func<string, JsValue>(name => JintJson.ToJsValue(engine, Variable(name))));
        engine.SetValue("parameters", new Func<string, string?>(Parameter));
        engine.SetValue("configuration", new Func<string, JsValue, JsValue>(Configuration));
        engine.SetValue("base64", new Func<string, string>(DecodeBase64));
    });

    /// <summary>
    /// A configuration value, only for keys the site allows: configuration also holds the admin
    /// password, the connection string and every environment variable.
    /// </summary>
    private JsValue Configuration(string key, JsValue fallback)
    {
        if (!_recipeOptions.AllowsConfigurationKey(key))
        {
            throw new RecipeSandboxException(
                $"configuration('{Shorten(key)}') may not be read by recipes; to allow it, add the key to {RecipeOptions.Section}:{nameof(RecipeOptions.AllowedConfigurationKeys)}.");
        }

        return _configuration?[key] is { } configured ? new JsString(configured) : fallback;
    }

    private JsonNode? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var known))
        {
            return known;
        }

        JsonNode? value;
        var overridden = _options.Variables.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase));
        if (overridden.Key is not null)
        {
            value = JsonValue.Create(overridden.Value);
        }
        else if (_recipeVariables.TryGetPropertyValue(name, out var raw))
        {
            if (!_evaluatingVariables.Add(name))
            {
                throw new RecipeExpressionException($"the variable '{name}' refers to itself.");
            }

            try
            {
                value = raw is JsonValue v && v.TryGetValue<string>(out var text) ? Evaluate(text) : raw?.DeepClone();
            }
            finally
            {
                _evaluatingVariables.Remove(name);
            }
        }
        else
        {
            throw new RecipeExpressionException($"the recipe has no variable '{name}'.");
        }

        _variables[name] = value;
        return value;
    }

    private string? Parameter(string name)
    {
        if (_options.Parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        // As Orchard: a parameter nobody gave reads as "", so a recipe can test for it.
        var match = _options.Parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        return match.Key is not null ? match.Value : "";
    }

    private static string DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException ex)
        {
            throw new RecipeExpressionException($"base64('{Shorten(value)}') is not valid base64.", ex);
        }
    }

    private static (string Engine, string Script)? Split(string value)
    {
        if (value.Length < 5 || value[0] != '[' || value[^1] != ']')
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var engine = value[1..colon].Trim().ToLowerInvariant();
        return engine is "js" or "file" ? (engine, value[(colon + 1)..^1]) : null;
    }

    private static string Quote(string expression) => $"\"{Shorten(expression)}\"";

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
