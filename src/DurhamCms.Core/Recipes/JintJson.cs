using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using Jint;
using Jint.Native;
using Jint.Native.Json;

namespace DurhamCms.Recipes;

/// <summary>Values between Jint and System.Text.Json, keeping their JSON kind (a uuid stays a string, 6 * 7 a number).</summary>
internal static class JintJson
{
    /// <param name="stringify">The engine's guarded JSON.stringify, taken before any script ran (a script may reassign the global).</param>
    public static JsonNode? ToNode(Engine engine, JsValue value, JsValue stringify)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            if (double.IsNaN(number) || double.IsInfinity(number))
            {
                return null;
            }

            // Integral results (a year, a count) stay integers in the JSON, as Orchard writes them.
            return Math.Abs(number) < 9e15 && number == Math.Floor(number) ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        // Dates, arrays and objects: what JSON.stringify gives, as Orchard's conversion does. The
        // script's own JSON.stringify is called, so the text is measured against its budget first.
        var json = engine.Call(stringify, JsValue.Undefined, [value]);
        return json.IsString() ? JsonNode.Parse(json.AsString(), ContentJson.NodeOptions) : null;
    }

    public static JsValue ToJsValue(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue v when v.TryGetValue<string>(out var s) => new JsString(s),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? JsBoolean.True : JsBoolean.False,
        JsonValue v when v.TryGetValue<double>(out var d) => new JsNumber(d),
        _ => new JsonParser(engine).Parse(node.ToJsonString()),
    };
}
