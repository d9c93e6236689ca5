using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace DurhamCms.Recipes;

/// <summary>
/// Puts the <see cref="RecipeScriptBudget"/> in front of the engine's built-ins. The ones that can
/// build a string many times larger than their input (repeat, padStart, join, replace, concat,
/// JSON.stringify...) first work out how long it could be and refuse when it would not fit; every
/// other built-in of String, Array, RegExp, Object and JSON checks that the budget is not already
/// spent, so a statement that chains many calls stops at the first one over. Binary buffers are
/// removed: a recipe has no use for them and <c>new ArrayBuffer(n)</c> allocates n bytes at once.
/// The guards are fixed properties, so a script can neither replace them nor reach the originals.
/// </summary>
internal sealed class RecipeScriptGuards
{
    private static readonly string[] RemovedGlobals =
    [
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics", "WebAssembly",
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
        "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    ];

    // Unicode's largest expansion of one character: 3 by NFC, 4 by NFD, 18 by NFKC and NFKD;
    // changing case expands a character to at most 3 (e.g. U+0390 to three upper-case ones).
    private const int CaseExpansion = 3;

    private readonly Engine _engine;
    private readonly RecipeScriptBudget _budget;
    private readonly int _maxArraySize;
    private readonly HashSet<ObjectInstance> _joining = new(ReferenceEqualityComparer.Instance);

    private RecipeScriptGuards(Engine engine, RecipeScriptBudget budget, int maxArraySize)
    {
        _engine = engine;
        _budget = budget;
        _maxArraySize = maxArraySize;
    }

    public static void Install(Engine engine, RecipeScriptBudget budget, int maxArraySize) =>
        new RecipeScriptGuards(engine, budget, maxArraySize).Install();

    private void Install()
    {
        foreach (var name in RemovedGlobals)
        {
            _engine.Global.Delete(name);
        }

        var stringConstructor = Global("String");
        var strings = Prototype(stringConstructor);
        var arrays = Prototype(Global("Array"));
        var regExps = Prototype(Global("RegExp"));
        var json = Global("JSON");
        var replaceSymbol = Global("Symbol").Get("replace");

        // String.raw glues any array-like's strings together; recipes do not use it.
        stringConstructor.Delete("raw");

        Guard(strings, "repeat", Repeat);
        Guard(strings, "padStart", Pad);
        Guard(strings, "padEnd", Pad);
        Guard(strings, "concat", Concat);
        Guard(strings, "replace", (original, self, args) => Replace(original, self, args, all: false));
        Guard(strings, "replaceAll", (original, self, args) => Replace(original, self, args, all: true));
        Guard(regExps, replaceSymbol, RegExpReplace);
        Guard(strings, "normalize", Normalize);
        foreach (var name in (string[])["toUpperCase", "toLowerCase", "toLocaleUpperCase", "toLocaleLowerCase"])
        {
            Guard(strings, name, (original, self, args) => Grow(original, self, args, name, CaseExpansion));
        }

        Guard(arrays, "join", (original, self, args) => Join(original, self, args));
        // Orchard's recipes never format numbers by locale; joining as toString does keeps it bounded.
        Guard(arrays, "toLocaleString", (original, self, _) => Join(original, self, []));
        Guard(json, "stringify", Stringify);

        foreach (var target in new[] { stringConstructor, strings, Global("Array"), arrays, regExps, Global("Object"), json })
        {
            CheckBeforeEveryCall(target);
        }
    }

    private JsValue Repeat(JsValue original, JsValue self, JsValue[] args)
    {
        if (self.IsNull() || self.IsUndefined())
        {
            return _engine.Call(original, self, args);
        }

        var text = TypeConverter.ToString(self);
        var count = TypeConverter.ToNumber(Arg(args, 0));
        if (double.IsFinite(count) && count >= 1)
        {
            _budget.Fits("String.prototype.repeat", text.Length * Math.Truncate(count));
        }

        return _engine.Call(original, JsString.Create(text), [count]);
    }

    private JsValue Pad(JsValue original, JsValue self, JsValue[] args)
    {
        if (self.IsNull() || self.IsUndefined())
        {
            return _engine.Call(original, self, args);
        }

        var text = TypeConverter.ToString(self);
        var length = TypeConverter.ToNumber(Arg(args, 0));
        if (length > text.Length)
        {
            _budget.Fits("String.prototype.padStart/padEnd", length);
        }

        return _engine.Call(original, JsString.Create(text), [length, Arg(args, 1)]);
    }

    private JsValue Concat(JsValue original, JsValue self, JsValue[] args)
    {
        if (self.IsNull() || self.IsUndefined())
        {
            return _engine.Call(original, self, args);
        }

        var parts = new string[args.Length + 1];
        parts[0] = TypeConverter.ToString(self);
        for (var i = 0; i < args.Length; i++)
        {
            parts[i + 1] = TypeConverter.ToString(args[i]);
        }

        _budget.Fits("String.prototype.concat", parts.Sum(p => (double)p.Length));
        return JsString.Create(string.Concat(parts));
    }

    private JsValue Replace(JsValue original, JsValue self, JsValue[] args, bool all)
    {
        if (self.IsNull() || self.IsUndefined())
        {
            return _engine.Call(original, self, args);
        }

        var subject = TypeConverter.ToString(self);
        var pattern = Arg(args, 0);
        var global = all || (pattern is ObjectInstance regExp && TypeConverter.ToBoolean(regExp.Get("global")));
        var replacement = Replacement(subject, Arg(args, 1), global ? subject.Length + 1 : 1, "String.prototype.replace");
        return _engine.Call(original, JsString.Create(subject), [pattern, replacement]);
    }

    private JsValue RegExpReplace(JsValue original, JsValue self, JsValue[] args)
    {
        var subject = TypeConverter.ToString(Arg(args, 0));
        var global = self is ObjectInstance regExp && TypeConverter.ToBoolean(regExp.Get("global"));
        var replacement = Replacement(subject, Arg(args, 1), global ? subject.Length + 1 : 1, "RegExp.prototype[Symbol.replace]");
        return _engine.Call(original, self, [JsString.Create(subject), replacement]);
    }

    /// <summary>
    /// The replacement to pass on. A function's results are counted as it returns them; a text's
    /// worst case is bounded first: every match gets the text, each <c>$&amp;</c> or <c>$1</c> adds
    /// at most the subject once over all matches, each <c>$`</c> or <c>$'</c> the subject per match.
    /// </summary>
    private JsValue Replacement(string subject, JsValue replaceValue, int matches, string operation)
    {
        if (replaceValue is ObjectInstance callable && callable.IsCallable())
        {
            double returned = subject.Length;
            return new ClrFunction(_engine, "replacer", (self, args) =>
            {
                var result = TypeConverter.ToString(_engine.Call(callable, self, args));
                returned += result.Length;
                _budget.Fits(operation, returned);
                return JsString.Create(result);
            });
        }

        var text = TypeConverter.ToString(replaceValue);
        var perMatch = text.Split("$`").Length - 1 + text.Split("$'").Length - 1;
        var once = text.Split('$').Length - 1 - perMatch;
        _budget.Fits(operation, subject.Length + (double)matches * (text.Length + (perMatch * (double)subject.Length)) + (once * (double)subject.Length));
        return JsString.Create(text);
    }

    private JsValue Normalize(JsValue original, JsValue self, JsValue[] args)
    {
        if (self.IsNull() || self.IsUndefined())
        {
            return _engine.Call(original, self, args);
        }

        var text = TypeConverter.ToString(self);
        var form = Arg(args, 0).IsUndefined() ? "NFC" : TypeConverter.ToString(Arg(args, 0));
        _budget.Fits("String.prototype.normalize", text.Length * (double)(form switch { "NFD" => 4, "NFKC" or "NFKD" => 18, _ => 3 }));
        return _engine.Call(original, JsString.Create(text), [JsString.Create(form)]);
    }

    private JsValue Grow(JsValue original, JsValue self, JsValue[] args, string name, int factor)
    {
        if (!self.IsNull() && !self.IsUndefined() && self.IsString())
        {
            _budget.Fits($"String.prototype.{name}", self.AsString().Length * (double)factor);
        }

        return _engine.Call(original, self, args);
    }

    /// <summary>
    /// Array.prototype.join, built here so the text is counted as it grows. An array met again
    /// while it is being joined (one that contains itself) joins as empty, as browsers do.
    /// </summary>
    private JsValue Join(JsValue original, JsValue self, JsValue[] args)
    {
        if (self.IsNull() || self.IsUndefined())
        {
            return _engine.Call(original, self, args);
        }

        var items = self as ObjectInstance ?? _engine.Call(Global("Object"), JsValue.Undefined, [self]).AsObject();
        if (!_joining.Add(items))
        {
            return JsString.Empty;
        }

        try
        {
            var length = TypeConverter.ToLength(items.Get("length"));
            if (length > (ulong)_maxArraySize)
            {
                throw new RecipeExpressionException($"Array.prototype.join was asked to join {length:N0} elements; recipe scripts may use arrays of at most {_maxArraySize:N0}.");
            }

            var separator = Arg(args, 0).IsUndefined() ? "," : TypeConverter.ToString(Arg(args, 0));
            var text = new StringBuilder();
            for (ulong i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    Append(text, separator);
                }

                var element = items.Get(i);
                if (!element.IsNull() && !element.IsUndefined())
                {
                    Append(text, TypeConverter.ToString(element));
                }
            }

            return JsString.Create(text.ToString());
        }
        finally
        {
            _joining.Remove(items);
        }
    }

    private void Append(StringBuilder text, string piece)
    {
        _budget.Fits("Array.prototype.join", (double)text.Length + piece.Length);
        text.Append(piece);
    }

    private JsValue Stringify(JsValue original, JsValue self, JsValue[] args)
    {
        var indent = Arg(args, 2) switch
        {
            var space when space.IsNumber() => Math.Clamp((int)space.AsNumber(), 0, 10),
            var space when space.IsString() => Math.Min(space.AsString().Length, 10),
            _ => 0,
        };
        new RecipeScriptJsonSize(_engine, _budget, indent).Measure(Arg(args, 0));
        return _engine.Call(original, self, args);
    }

    private void Guard(ObjectInstance target, JsValue name, Func<JsValue, JsValue, JsValue[], JsValue> guarded)
    {
        var original = target.Get(name);
        var length = original is ObjectInstance function ? (int)TypeConverter.ToNumber(function.Get("length")) : 0;
        var guard = new ClrFunction(_engine, name.ToString(), (self, args) =>
        {
            _budget.Check();
            return guarded(original, self, args);
        }, length);
        target.DefineOwnProperty(name, new PropertyDescriptor(guard, writable: false, enumerable: false, configurable: false));
    }

    /// <summary>Every other function of <paramref name="target"/> checks the budget before it runs.</summary>
    private void CheckBeforeEveryCall(ObjectInstance target)
    {
        foreach (var key in target.GetOwnPropertyKeys().ToList())
        {
            var property = target.GetOwnProperty(key);
            if (key.ToString() == "constructor" || !property.IsDataDescriptor() || !property.Configurable
                || property.Value is not ObjectInstance function || !function.IsCallable())
            {
                continue;
            }

            Guard(target, key, (original, self, args) => _engine.Call(original, self, args));
        }
    }

    private ObjectInstance Global(string name) => _engine.GetValue(name).AsObject();

    private static ObjectInstance Prototype(ObjectInstance constructor) => constructor.Get("prototype").AsObject();

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;
}
