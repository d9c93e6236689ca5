using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Documents;
using DurhamCms.StrategicPlan.Models;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>The site-wide words open data repeats: who publishes the plan and the status vocabulary.</summary>
public sealed class PlanVocabulary(ISiteSettings settings, IContentDefinitionManager definitions)
{
    /// <summary>Said when the site settings name no publisher.</summary>
    public const string DefaultPublisher = "City of Durham, North Carolina";

    /// <summary>
    /// Site setting "Publisher": a string, or an object whose string values (or "Lines") are
    /// the publisher's names, joined as the page footer shows them.
    /// </summary>
    public async Task<string> PublisherAsync()
    {
        var node = (await settings.GetAsync()).FirstOrDefault(p => string.Equals(p.Key, "Publisher", StringComparison.OrdinalIgnoreCase)).Value;
        var lines = node switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
            JsonArray a => Strings(a),
            JsonObject o => o.Select(p => p.Value).SelectMany(v => v is JsonArray inner ? Strings(inner) : Strings([v?.DeepClone()])).ToList(),
            _ => [],
        };
        var text = string.Join(" / ", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()));
        return text.Length > 0 ? text : DefaultPublisher;
    }

    /// <summary>The options of the Initiative's Status field as the recipe set them, else the default vocabulary.</summary>
    public async Task<IReadOnlyList<string>> StatusesAsync()
    {
        var part = await definitions.GetPartDefinitionAsync(PlanContent.Initiative.Type);
        var field = part?.Fields.FirstOrDefault(f => f.Name == PlanContent.Initiative.Status);
        var options = field?.SettingsJson["TextFieldPredefinedListEditorSettings"]?["Options"] as JsonArray;
        var values = options?.OfType<JsonObject>()
            .Select(o => o.FirstOrDefault(p => string.Equals(p.Key, "value", StringComparison.OrdinalIgnoreCase)).Value)
            .OfType<JsonValue>()
            .Where(v => v.GetValueKind() == JsonValueKind.String)
            .Select(v => v.GetValue<string>())
            .ToList();
        return values is { Count: > 0 } ? values : PlanContent.DefaultStatuses;
    }

    private static List<string> Strings(IEnumerable<JsonNode?> nodes) =>
        nodes.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList();
}
