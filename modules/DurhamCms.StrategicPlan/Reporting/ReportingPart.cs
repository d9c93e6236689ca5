using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// Who reports on an initiative or a key measure: the part "ReportingPart" the Durham recipe puts
/// on both types, holding two Orchard UserPickerFields, <c>{"Owner": {"UserIds": [..], "UserNames": [..]},
/// "Reporters": {...}}</c>. The ids count; the names follow the users.
/// </summary>
public static class ReportingPart
{
    public const string Name = "ReportingPart";
    public const string Owner = "Owner";
    public const string Reporters = "Reporters";

    public static bool IsOn(ContentItem item) => item.GetPartJson(Name) is not null;

    public static IReadOnlyList<string> OwnerIds(ContentItem item) => UserIds(item, Owner);

    public static IReadOnlyList<string> ReporterIds(ContentItem item) => UserIds(item, Reporters);

    /// <summary>The owner and the reporters: everyone who reports on the item.</summary>
    public static IEnumerable<string> AssigneeIds(ContentItem item) => OwnerIds(item).Concat(ReporterIds(item)).Distinct(StringComparer.Ordinal);

    /// <summary>Sets the two fields by id (an import's shape); the field handler fills in the names when the item is validated.</summary>
    public static void Assign(ContentItem item, string? ownerId, IEnumerable<string> reporterIds)
    {
        var part = item.GetOrCreatePartJson(Name);
        part[Owner] = Field(ownerId is null ? [] : [ownerId]);
        part[Reporters] = Field(reporterIds.Where(id => id != ownerId).Distinct(StringComparer.Ordinal));
    }

    private static JsonObject Field(IEnumerable<string> ids) =>
        new() { ["UserIds"] = new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]), ["UserNames"] = new JsonArray() };

    private static List<string> UserIds(ContentItem item, string field) =>
        item.GetPartJson(Name)?[field]?["UserIds"] is JsonArray ids
            ? ids.Where(n => n?.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(n => n!.GetValue<string>()).Where(s => s.Length > 0).ToList()
            : [];
}
