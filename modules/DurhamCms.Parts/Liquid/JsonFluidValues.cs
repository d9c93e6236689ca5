using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using Fluid.Values;

namespace DurhamCms.Parts.Liquid;

/// <summary>
/// Content items as Liquid sees them in Orchard: the item's JSON, so <c>Model.ContentItem.DisplayText</c>
/// and <c>Model.ContentItem.Content.Initiative.Number.Text</c> both resolve, names case-insensitively.
/// Built from JSON rather than exposed by reflection, so patterns reach only content, not our classes.
/// </summary>
public static class JsonFluidValues
{
    public static FluidValue FromContentItem(ContentItem item)
    {
        var json = item.ToJson();
        var values = ToDictionary(json);
        values["Content"] = FromJson(item.Content);
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }

    public static FluidValue FromJson(JsonNode? node) => node switch
    {
        null => NilValue.Instance,
        JsonObject obj => new DictionaryValue(new FluidValueDictionaryFluidIndexable(ToDictionary(obj))),
        JsonArray array => new ArrayValue(array.Select(FromJson).ToArray()),
        JsonValue value => FromJsonValue(value),
        _ => NilValue.Instance,
    };

    private static Dictionary<string, FluidValue> ToDictionary(JsonObject obj)
    {
        var values = new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, child) in obj)
        {
            values[name] = FromJson(child);
        }

        return values;
    }

    private static FluidValue FromJsonValue(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => StringValue.Create(
            value.TryGetValue<string>(out var text) ? text
            : value.TryGetValue<DateTime>(out var date) ? date.ToString("O", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToJsonString().Trim('"')),
        JsonValueKind.Number => NumberValue.Create(value.TryGetValue<decimal>(out var number) ? number : decimal.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)),
        JsonValueKind.True => BooleanValue.True,
        JsonValueKind.False => BooleanValue.False,
        _ => NilValue.Instance,
    };
}
