using System.Globalization;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Contents.Admin.History.Diff;

/// <summary>
/// Compares two versions of an item part by part and field by field, walking both Orchard JSON
/// documents in the type's order (then anything else either holds). HTML is compared by the
/// words it shows, Markdown and plain text by words, lists entry by entry, and a measure series
/// (a field with "Points") row by row, matched by period.
/// </summary>
public sealed class ContentDiffer
{
    private static readonly string[] HtmlKeys = ["Html"];
    private static readonly string[] MarkdownKeys = ["Markdown"];

    public ContentDiff Compare(ContentItem from, ContentItem to, ContentTypeDefinition? definition)
    {
        var fields = new List<FieldDiff>
        {
            CompareValue("Item", "Display text", from.DisplayText, to.DisplayText),
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

            fields.AddRange(ComparePart(part?.DisplayName ?? partName, part, before, after));
        }

        return new ContentDiff(from, to, fields);
    }

    private static IEnumerable<FieldDiff> ComparePart(string partLabel, ContentTypePartDefinition? part, JsonObject? before, JsonObject? after)
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

            if (field is not null || a is JsonObject || b is JsonObject)
            {
                foreach (var diff in CompareField(partLabel, field?.DisplayName ?? name, a as JsonObject, b as JsonObject))
                {
                    yield return diff;
                }
            }
            else
            {
                yield return CompareProperty(partLabel, name, name, a, b);
            }
        }
    }

    private static IEnumerable<FieldDiff> CompareField(string partLabel, string fieldLabel, JsonObject? before, JsonObject? after)
    {
        var properties = Keys(before).Concat(Keys(after)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var property in properties)
        {
            var a = before?[property];
            var b = after?[property];
            var label = properties.Count == 1 ? fieldLabel : $"{fieldLabel} ({property})";
            if (a is JsonArray || b is JsonArray)
            {
                yield return IsRowList(a) || IsRowList(b)
                    ? CompareRows(partLabel, label, a as JsonArray, b as JsonArray)
                    : CompareList(partLabel, label, a as JsonArray, b as JsonArray);
            }
            else
            {
                yield return CompareProperty(partLabel, label, property, a, b);
            }
        }
    }

    private static FieldDiff CompareProperty(string partLabel, string label, string property, JsonNode? a, JsonNode? b)
    {
        if (a is JsonArray || b is JsonArray)
        {
            return CompareList(partLabel, label, a as JsonArray, b as JsonArray);
        }

        if (HtmlKeys.Contains(property, StringComparer.OrdinalIgnoreCase))
        {
            return CompareText(partLabel, label, HtmlText.ToText(Scalar(a)), HtmlText.ToText(Scalar(b)), JsonNode.DeepEquals(a, b), "HTML, compared by its text");
        }

        var before = Scalar(a);
        var after = Scalar(b);
        var isLongText = MarkdownKeys.Contains(property, StringComparer.OrdinalIgnoreCase) || (before?.Length ?? 0) > 40 || (after?.Length ?? 0) > 40 || (before ?? after ?? "").Contains(' ', StringComparison.Ordinal);
        return isLongText && a is not JsonObject && b is not JsonObject
            ? CompareText(partLabel, label, before, after, JsonNode.DeepEquals(a, b), MarkdownKeys.Contains(property, StringComparer.OrdinalIgnoreCase) ? "Markdown" : null)
            : CompareValue(partLabel, label, before, after);
    }

    private static FieldDiff CompareText(string partLabel, string label, string? before, string? after, bool same, string? note) => new()
    {
        Part = partLabel,
        Field = label,
        Format = DiffFormat.Text,
        Kind = same ? DiffKind.Unchanged : KindOf(before, after),
        Spans = WordDiff.Words(before, after),
        Before = before,
        After = after,
        Note = note,
    };

    private static FieldDiff CompareValue(string partLabel, string label, string? before, string? after) => new()
    {
        Part = partLabel,
        Field = label,
        Format = DiffFormat.Value,
        Kind = string.Equals(before, after, StringComparison.Ordinal) ? DiffKind.Unchanged : KindOf(before, after),
        Before = before,
        After = after,
    };

    private static FieldDiff CompareList(string partLabel, string label, JsonArray? a, JsonArray? b)
    {
        var before = (a ?? []).Select(Scalar).Select(v => v ?? "").ToList();
        var after = (b ?? []).Select(Scalar).Select(v => v ?? "").ToList();
        return new FieldDiff
        {
            Part = partLabel,
            Field = label,
            Format = DiffFormat.List,
            Kind = before.SequenceEqual(after, StringComparer.Ordinal) ? DiffKind.Unchanged : KindOf(a is null ? null : "", b is null ? null : ""),
            Spans = WordDiff.Entries(before, after),
        };
    }

    /// <summary>Rows are matched by their first column ("Period" for a measure series), then compared column by column.</summary>
    private static FieldDiff CompareRows(string partLabel, string label, JsonArray? a, JsonArray? b)
    {
        var before = Rows(a);
        var after = Rows(b);
        var columns = before.Concat(after).SelectMany(r => r.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var keyColumn = columns.FirstOrDefault(c => string.Equals(c, "Period", StringComparison.OrdinalIgnoreCase)) ?? columns.FirstOrDefault() ?? "";
        var valueColumns = columns.Where(c => !string.Equals(c, keyColumn, StringComparison.OrdinalIgnoreCase)).ToList();
        var beforeKeyed = Keyed(before, keyColumn);
        var afterKeyed = Keyed(after, keyColumn);
        var beforeByKey = beforeKeyed.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var afterKeys = afterKeyed.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var rows = new List<DiffRow>();
        foreach (var (key, row) in afterKeyed)
        {
            var old = beforeByKey.GetValueOrDefault(key);
            var cells = valueColumns.Select(c => new DiffCell(c, old is null ? null : Cell(old, c), Cell(row, c))).ToList();
            var kind = old is null ? DiffKind.Added : cells.Any(c => c.Changed) ? DiffKind.Changed : DiffKind.Unchanged;
            rows.Add(new DiffRow(kind, DisplayKey(key), cells));
        }

        foreach (var (key, row) in beforeKeyed.Where(r => !afterKeys.Contains(r.Key)))
        {
            rows.Add(new DiffRow(DiffKind.Removed, DisplayKey(key), valueColumns.Select(c => new DiffCell(c, Cell(row, c), null)).ToList()));
        }

        var reordered = rows.All(r => r.Kind == DiffKind.Unchanged) && !before.Select(r => Cell(r, keyColumn)).SequenceEqual(after.Select(r => Cell(r, keyColumn)), StringComparer.Ordinal);
        return new FieldDiff
        {
            Part = partLabel,
            Field = label,
            Format = DiffFormat.Rows,
            Kind = rows.All(r => r.Kind == DiffKind.Unchanged) && !reordered ? DiffKind.Unchanged : KindOf(a is null ? null : "", b is null ? null : ""),
            Rows = rows,
            Note = reordered ? "Only the order of the rows changed." : null,
        };
    }

    private static List<Dictionary<string, string?>> Rows(JsonArray? array) =>
        (array ?? []).OfType<JsonObject>()
            .Select(row => row.ToDictionary(p => p.Key, p => Scalar(p.Value), StringComparer.OrdinalIgnoreCase))
            .ToList();

    // A period given twice keeps both rows: the second is keyed "2023-07 (2)".
    private static List<KeyValuePair<string, Dictionary<string, string?>>> Keyed(List<Dictionary<string, string?>> rows, string keyColumn)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<KeyValuePair<string, Dictionary<string, string?>>>();
        foreach (var row in rows)
        {
            var key = Cell(row, keyColumn) ?? "";
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            keyed.Add(new(count == 1 ? key : $"{key}\u0000{count}", row));
        }

        return keyed;
    }

    private static string DisplayKey(string key) => key.Replace("\u0000", " (", StringComparison.Ordinal) + (key.Contains('\u0000', StringComparison.Ordinal) ? ")" : "");

    private static string? Cell(Dictionary<string, string?> row, string column) => row.GetValueOrDefault(column);

    private static bool IsRowList(JsonNode? node) => node is JsonArray array && array.Count > 0 && array.All(e => e is JsonObject);

    private static DiffKind KindOf(string? before, string? after) =>
        string.IsNullOrEmpty(before) && !string.IsNullOrEmpty(after) ? DiffKind.Added
        : !string.IsNullOrEmpty(before) && string.IsNullOrEmpty(after) ? DiffKind.Removed
        : DiffKind.Changed;

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
