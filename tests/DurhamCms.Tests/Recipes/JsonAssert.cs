using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using Xunit.Sdk;

namespace DurhamCms.Tests.Recipes;

/// <summary>Deep JSON equality for documents: object properties in any order, arrays in order, numbers by value.</summary>
public static class JsonAssert
{
    public static void Equal(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (Difference(expected, actual, path) is { } difference)
        {
            throw new XunitException($"JSON differs at {difference}");
        }
    }

    /// <summary>Every property <paramref name="expected"/> has is in <paramref name="actual"/> with an equal value.</summary>
    public static void Contains(JsonObject expected, JsonObject actual, string path = "$")
    {
        foreach (var (name, value) in expected)
        {
            if (!TryGet(actual, name, out var other))
            {
                throw new XunitException($"JSON differs at {path}.{name}: missing");
            }

            Equal(value, other, $"{path}.{name}");
        }
    }

    public static string? Difference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!TryGet(a, name, out var other))
                    {
                        return $"{path}.{name}: missing";
                    }

                    if (Difference(value, other, $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(k => !TryGet(e, k, out _));
                return extra is null ? null : $"{path}.{extra}: not expected";
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} entries expected, {a.Count} found";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (Difference(e[i], a[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonValue e, JsonValue a):
                return SameValue(e, a) ? null : $"{path}: expected {e.ToJsonString()}, found {a.ToJsonString()}";
            default:
                return $"{path}: expected {expected?.ToJsonString() ?? "null"}, found {actual?.ToJsonString() ?? "null"}";
        }
    }

    private static bool TryGet(JsonObject json, string name, out JsonNode? value)
    {
        foreach (var (key, node) in json)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                value = node;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var e = expected.GetValueKind();
        var a = actual.GetValueKind();
        if (e == JsonValueKind.Number && a == JsonValueKind.Number)
        {
            return decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return e == a && expected.ToJsonString() == actual.ToJsonString();
    }
}
