using System.Globalization;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Contents.Admin.History.Diff;

/// <summary>
/// Compares two versions of an item part by part and field by field, in the type's order (then
/// anything else either holds), under the labels editors gave them. What a field holds is read
/// by its own module's <see cref="IContentFieldDiffer"/>; this only lines the values up: text
/// word by word, lists entry by entry, rows by key. Empty and absent are the same, not a change.
/// </summary>
public sealed class ContentDiffer(IEnumerable<IContentFieldDiffer> fieldDiffers)
{
    private readonly Dictionary<string, IContentFieldDiffer> _fieldDiffers =
        fieldDiffers.ToDictionary(d => d.FieldType, StringComparer.OrdinalIgnoreCase);

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

            fields.AddRange(ComparePart(PartLabel(definition, part, partName), part, before, after));
        }

        return new ContentDiff(from, to, fields);
    }

    /// <summary>The type's own part reads as the type ("Key Measure"), a shared part by its display name ("Title").</summary>
    private static string PartLabel(ContentTypeDefinition? type, ContentTypePartDefinition? part, string partName)
    {
        if (type is null || part is null)
        {
            return partName;
        }

        if (string.Equals(part.PartName, type.Name, StringComparison.OrdinalIgnoreCase))
        {
            return type.DisplayName;
        }

        return part.GetSettings<ContentTypePartSettings>().DisplayName
            ?? part.PartDefinition.GetSettings<ContentPartSettings>().DisplayName
            ?? (part.Name.EndsWith("Part", StringComparison.Ordinal) && part.Name.Length > 4 ? part.Name[..^4] : part.Name);
    }

    private IEnumerable<FieldDiff> ComparePart(string partLabel, ContentTypePartDefinition? part, JsonObject? before, JsonObject? after)
    {
        var fieldDefinitions = part?.PartDefinition.Fields ?? [];
        var names = fieldDefinitions.Select(f => f.Name)
            .Concat(Keys(before).Concat(Keys(after)))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var field = fieldDefinitions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
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
                yield return ValueComparison.Compare(partLabel, name, PartProperty(name, a), PartProperty(name, b));
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
    /// A part's own property (TitlePart's Title, HtmlBodyPart's Html). Parts do not describe
    /// themselves to the diff yet, so their two body parts are known here by their property names.
    /// </summary>
    private static ComparableValue PartProperty(string name, JsonNode? node)
    {
        if (node is JsonArray array)
        {
            return ComparableValue.List(array.Select(e => Scalar(e) ?? ""));
        }

        var text = Scalar(node);
        return name switch
        {
            _ when string.Equals(name, "Html", StringComparison.OrdinalIgnoreCase) => ComparableValue.Words(HtmlText.ToText(text), note: "HTML, compared by its text", source: text),
            _ when string.Equals(name, "Markdown", StringComparison.OrdinalIgnoreCase) => ComparableValue.Words(text, note: "Markdown"),
            _ => FreeText(text),
        };
    }

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
