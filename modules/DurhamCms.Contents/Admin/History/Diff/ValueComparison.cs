using DurhamCms.ContentManagement.Comparison;

namespace DurhamCms.Contents.Admin.History.Diff;

/// <summary>
/// One value of two versions compared as its format says. Null, empty and absent are all
/// "empty": an empty field that was empty before is unchanged, not a change to list.
/// </summary>
public static class ValueComparison
{
    public static FieldDiff Compare(string partLabel, string label, ComparableValue? before, ComparableValue? after)
    {
        var format = (after ?? before)?.Format ?? ComparableFormat.Value;
        var note = (after ?? before)?.Note;
        return format switch
        {
            ComparableFormat.Text => Text(partLabel, label, before, after, note),
            ComparableFormat.List => List(partLabel, label, before?.Entries ?? [], after?.Entries ?? []),
            ComparableFormat.Rows => Rows(partLabel, label, before?.Rows ?? [], after?.Rows ?? []),
            _ => Value(partLabel, label, Empty(before?.Text), Empty(after?.Text)),
        };
    }

    private static FieldDiff Text(string partLabel, string label, ComparableValue? a, ComparableValue? b, string? note)
    {
        var before = Empty(a?.Text);
        var after = Empty(b?.Text);
        var same = string.Equals(Empty(a?.Source ?? a?.Text), Empty(b?.Source ?? b?.Text), StringComparison.Ordinal);
        return new FieldDiff
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
    }

    private static FieldDiff Value(string partLabel, string label, string? before, string? after) => new()
    {
        Part = partLabel,
        Field = label,
        Format = DiffFormat.Value,
        Kind = string.Equals(before, after, StringComparison.Ordinal) ? DiffKind.Unchanged : KindOf(before, after),
        Before = before,
        After = after,
    };

    private static FieldDiff List(string partLabel, string label, IReadOnlyList<string> before, IReadOnlyList<string> after) => new()
    {
        Part = partLabel,
        Field = label,
        Format = DiffFormat.List,
        Kind = before.SequenceEqual(after, StringComparer.Ordinal) ? DiffKind.Unchanged : KindOf(string.Concat(before), string.Concat(after)),
        Spans = WordDiff.Entries(before, after),
    };

    /// <summary>Rows are matched by key (a period), then compared column by column.</summary>
    private static FieldDiff Rows(string partLabel, string label, IReadOnlyList<ComparableRow> before, IReadOnlyList<ComparableRow> after)
    {
        var beforeKeyed = Keyed(before);
        var afterKeyed = Keyed(after);
        var beforeByKey = beforeKeyed.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var afterKeys = afterKeyed.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var columns = before.Concat(after).SelectMany(r => r.Cells.Select(c => c.Key)).Distinct(StringComparer.Ordinal).ToList();

        var rows = new List<DiffRow>();
        foreach (var (key, row) in afterKeyed)
        {
            var old = beforeByKey.GetValueOrDefault(key);
            var cells = columns.Select(c => new DiffCell(c, old is null ? null : Cell(old, c), Cell(row, c))).ToList();
            var kind = old is null ? DiffKind.Added : cells.Any(c => c.Changed) ? DiffKind.Changed : DiffKind.Unchanged;
            rows.Add(new DiffRow(kind, DisplayKey(key), cells));
        }

        foreach (var (key, row) in beforeKeyed.Where(r => !afterKeys.Contains(r.Key)))
        {
            rows.Add(new DiffRow(DiffKind.Removed, DisplayKey(key), columns.Select(c => new DiffCell(c, Cell(row, c), null)).ToList()));
        }

        var allSame = rows.All(r => r.Kind == DiffKind.Unchanged);
        var reordered = allSame && !before.Select(r => r.Key).SequenceEqual(after.Select(r => r.Key), StringComparer.Ordinal);
        return new FieldDiff
        {
            Part = partLabel,
            Field = label,
            Format = DiffFormat.Rows,
            Kind = allSame && !reordered ? DiffKind.Unchanged : KindOf(before.Count == 0 ? null : "rows", after.Count == 0 ? null : "rows"),
            Rows = rows,
            Note = reordered ? "Only the order of the rows changed." : null,
        };
    }

    // A key given twice keeps both rows: the second is keyed "2023-07 (2)".
    private static List<KeyValuePair<string, ComparableRow>> Keyed(IReadOnlyList<ComparableRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<KeyValuePair<string, ComparableRow>>();
        foreach (var row in rows)
        {
            var count = seen[row.Key] = seen.GetValueOrDefault(row.Key) + 1;
            keyed.Add(new(count == 1 ? row.Key : $"{row.Key}\u0000{count}", row));
        }

        return keyed;
    }

    private static string DisplayKey(string key) => key.Replace("\u0000", " (", StringComparison.Ordinal) + (key.Contains('\u0000', StringComparison.Ordinal) ? ")" : "");

    private static string? Cell(ComparableRow row, string column) => Empty(row.Cells.FirstOrDefault(c => c.Key == column).Value);

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DiffKind KindOf(string? before, string? after) =>
        string.IsNullOrEmpty(before) && !string.IsNullOrEmpty(after) ? DiffKind.Added
        : !string.IsNullOrEmpty(before) && string.IsNullOrEmpty(after) ? DiffKind.Removed
        : DiffKind.Changed;
}
