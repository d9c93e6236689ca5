using System.Globalization;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Contents.Admin.History.Diff;

/// <summary>
/// Compares two versions of an item part by part and field by field, in the type's order (then
/// anything else either holds), under the labels editors gave them. What a field holds is read
/// by its own module's <see cref="IContentFieldDiffer"/>, what a part holds of its own by its
/// module's <see cref="IContentPartDiffer"/>; this only lines the values up: text word by word,
/// lists entry by entry, rows by key. Empty and absent are the same, not a change.
/// </summary>
public sealed class ContentDiffer(IEnumerable<IContentFieldDiffer> fieldDiffers, IEnumerable<IContentPartDiffer> partDiffers)
{
    private readonly Dictionary<string, IContentFieldDiffer> _fieldDiffers =
        fieldDiffers.ToDictionary(d => d.FieldType, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, IContentPartDiffer> _partDiffers =
        partDiffers.ToDictionary(d => d.PartName, StringComparer.OrdinalIgnoreCase);

    public ContentDiff Compare(ContentItem from, ContentItem to, ContentTypeDefinition? definition)
    {
        var fields = new List<FieldDiff>
        {
            ValueComparison.Compare("Item", "Display text", ComparableValue.Value(from.DisplayText), ComparableValue.Value(to.DisplayText)),
        };

        var partNames = (definition?.Parts.Select(p => p.Name) ?? [])
            .Concat(from.Content.Select(p => p.Key).Concat(to.Content.Select(p => p.Key)).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var partName in partNames)
        {
            var part = definition?.FindPart(partName);
            var before = from.Content[partName] as JsonObject;
            var after = to.Content[partName] as JsonObject;
            if (before is null && after is null)
            {
                continue;
            }

            var partDiffer = _partDiffers.GetValueOrDefault(part?.PartName ?? partName);
            fields.AddRange(ComparePart(PartLabel(definition, part, partName, partDiffer), part, partDiffer, before, after));
        }

        return new ContentDiff(from, to, fields);
    }

    /// <summary>
    /// The type's own part reads as the type, a shared part by its display name in
    /// the definition, else by the name its module gives it, else by its name without "Part".
    /// </summary>
    private static string PartLabel(ContentTypeDefinition? type, ContentTypePartDefinition? part, string partName, IContentPartDiffer? partDiffer)
    {
        if (type is null || part is null)
        {
            return partDiffer?.DisplayName ?? partName;
        }

        if (string.Equals(part.PartName, type.Name, StringComparison.OrdinalIgnoreCase))
        {
            return type.DisplayName;
        }

        return part.GetSettings<ContentTypePartSettings>().DisplayName
            ?? part.PartDefinition.GetSettings<ContentPartSettings>().DisplayName
            ?? partDiffer?.DisplayName
            ?? (part.Name.EndsWith("Part", StringComparison.Ordinal) && part.Name.Length > 4 ? part.Name[..^4] : part.Name);
    }

    private IEnumerable<FieldDiff> ComparePart(string partLabel, ContentTypePartDefinition? part, IContentPartDiffer? partDiffer, JsonObject? before, JsonObject? after)
    {
        var fieldDefinitions = part?.PartDefinition.Fields ?? [];
        if (partDiffer is not null)
        {
            foreach (var (label, x, y) in Pair(partDiffer.Read(before, part), partDiffer.Read(after, part)))
            {
                yield return ValueComparison.Compare(partLabel, label ?? partLabel, x, y);
            }
        }

        var names = fieldDefinitions.Select(f => f.Name)
            .Concat(Keys(before).Concat(Keys(after)))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var field = fieldDefinitions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (field is null && partDiffer is not null)
            {
                // The part's own properties: its module has read them above.
                continue;
            }

            var a = before?[name];
            var b = after?[name];
            if (a is null && b is null)
            {
                continue;
            }

            if (field is not null && _fieldDiffers.TryGetValue(field.FieldName, out var differ))
            {
                var values = Pair(differ.Read(a as JsonObject, field), differ.Read(b as JsonObject, field));
                foreach (var (label, x, y) in values)
                {
                    yield return ValueComparison.Compare(partLabel, label is null || values.Count == 1 ? field.DisplayName : $"{field.DisplayName} ({label})", x, y);
                }
            }
            else if (a is JsonObject || b is JsonObject)
            {
                // A field this site has no module for (a definition imported from elsewhere): its
                // properties as they are stored, since nothing here knows what they mean.
                var values = Pair(Unknown(a as JsonObject), Unknown(b as JsonObject));
                foreach (var (label, x, y) in values)
                {
                    var fieldLabel = field?.DisplayName ?? name;
                    yield return ValueComparison.Compare(partLabel, values.Count == 1 ? fieldLabel : $"{fieldLabel} ({label})", x, y);
                }
            }
            else
            {
                yield return ValueComparison.Compare(partLabel, name, PartProperty(a), PartProperty(b));
            }
        }
    }

    /// <summary>Values of two versions matched by label, in the newer version's order, then what only the older held.</summary>
    private static List<(string? Label, ComparableValue? Before, ComparableValue? After)> Pair(IReadOnlyList<ComparableValue> before, IReadOnlyList<ComparableValue> after)
    {
        var pairs = after.Select(b => (b.Label, before.FirstOrDefault(a => a.Label == b.Label), (ComparableValue?)b)).ToList();
        pairs.AddRange(before.Where(a => !after.Any(b => b.Label == a.Label)).Select(a => (a.Label, (ComparableValue?)a, (ComparableValue?)null)));
        return pairs!;
    }

    private static List<ComparableValue> Unknown(JsonObject? field) =>
        (field ?? []).Select(p => p.Value is JsonArray array
                ? ComparableValue.List(array.Select(e => Scalar(e) ?? ""), p.Key)
                : FreeText(Scalar(p.Value)) with { Label = p.Key })
            .ToList();

    /// <summary>
    /// A property of a part no module here describes (a part imported from another site): as it
    /// is stored, since nothing here knows what it means.
    /// </summary>
    private static ComparableValue PartProperty(JsonNode? node) =>
        node is JsonArray array ? ComparableValue.List(array.Select(e => Scalar(e) ?? "")) : FreeText(Scalar(node));

    private static ComparableValue FreeText(string? text) =>
        text is { Length: > 40 } || (text?.Contains(' ', StringComparison.Ordinal) ?? false) ? ComparableValue.Words(text) : ComparableValue.Value(text);

    private static IEnumerable<string> Keys(JsonObject? json) => json?.Select(p => p.Key) ?? [];

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => node.ToJsonString(),
    };
}
