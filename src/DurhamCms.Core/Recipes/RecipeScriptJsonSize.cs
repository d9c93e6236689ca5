using System.Buffers;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace DurhamCms.Recipes;

/// <summary>
/// How long JSON.stringify's text of a value can be, counted before it is built. An array of a
/// hundred thousand references to one long string is small in memory and enormous as text; the
/// count stops at the budget, so measuring costs no more than the budget allows.
/// </summary>
internal sealed class RecipeScriptJsonSize(Engine engine, RecipeScriptBudget budget, int indent)
{
    // Deeper than any recipe's data; a guard against a stack overflow in the count itself.
    private const int MaxDepth = 256;

    // What JSON escapes: control characters, quotes, backslashes and (when unpaired) surrogates.
    private static readonly SearchValues<char> Escapes = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    private readonly HashSet<ObjectInstance> _path = new(ReferenceEqualityComparer.Instance);
    private double _characters;

    /// <exception cref="RecipeExpressionException">The text would not fit in the budget.</exception>
    public void Measure(JsValue value) => Add(value, depth: 0);

    private void Add(JsValue value, int depth)
    {
        switch (value)
        {
            case var _ when value.IsString():
                Count(Escaped(value.AsString()));
                return;
            case ObjectInstance item when !item.IsCallable():
                AddObject(item, depth);
                return;
            default:
                // Numbers, booleans, null; undefined, functions and symbols are left out.
                Count(24);
                return;
        }
    }

    private void AddObject(ObjectInstance item, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new RecipeExpressionException($"JSON.stringify was given data nested deeper than {MaxDepth} levels.");
        }

        if (item.Get("toJSON") is ObjectInstance toJson && toJson.IsCallable())
        {
            Add(engine.Call(toJson, item, [JsString.Empty]), depth);
            return;
        }

        if (!_path.Add(item))
        {
            return; // JSON.stringify itself refuses a value that contains itself.
        }

        try
        {
            var perEntry = 1 + (indent > 0 ? 1 + (indent * (depth + 1)) : 0);
            Count(2);
            if (item.IsArray())
            {
                var length = TypeConverter.ToLength(item.Get("length"));
                for (ulong i = 0; i < length; i++)
                {
                    Count(perEntry);
                    Add(item.Get(i), depth + 1);
                }

                return;
            }

            foreach (var key in item.GetOwnPropertyKeys(Types.String))
            {
                if (item.GetOwnProperty(key) is { Enumerable: true })
                {
                    Count(perEntry + 2 + Escaped(key.ToString()));
                    Add(item.Get(key), depth + 1);
                }
            }
        }
        finally
        {
            _path.Remove(item);
        }
    }

    private void Count(double characters)
    {
        _characters += characters;
        budget.Fits("JSON.stringify", _characters);
    }

    // Quotes around the text, and a character escaped as \uXXXX (6) is the worst any one becomes.
    private static double Escaped(string text)
    {
        double length = text.Length + 2;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(Escapes); at >= 0; at = rest.IndexOfAny(Escapes))
        {
            length += 5;
            rest = rest[(at + 1)..];
        }

        return length;
    }
}
