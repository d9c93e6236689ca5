namespace DurhamCms.ContentManagement.Comparison;

/// <summary>How a value is compared and shown: a single value, words of text, a list of entries, or rows.</summary>
public enum ComparableFormat
{
    Value,
    Text,
    List,
    Rows,
}

/// <summary>
/// One thing a field holds, ready to compare with the same thing in another version. A field
/// that holds several things (a link's address and text) returns one value per thing, each with
/// its own <see cref="Label"/>; values of two versions are matched by that label.
/// </summary>
public sealed record ComparableValue
{
    /// <summary>Null for the field as a whole, else what part of it this is ("Unit", "Points").</summary>
    public string? Label { get; init; }

    public required ComparableFormat Format { get; init; }

    /// <summary>The value or text as a person reads it; null or empty when the field is empty.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// What decides whether the value changed when <see cref="Text"/> leaves something out (HTML
    /// compared by its words still changed when only its markup did). Null: <see cref="Text"/> decides.
    /// </summary>
    public string? Source { get; init; }

    public IReadOnlyList<string> Entries { get; init; } = [];

    /// <summary>Rows matched across versions by their key (a measure series' period).</summary>
    public IReadOnlyList<ComparableRow> Rows { get; init; } = [];

    /// <summary>"HTML, compared by its text", "Markdown": said beside the comparison.</summary>
    public string? Note { get; init; }

    public static ComparableValue Value(string? text, string? label = null) =>
        new() { Format = ComparableFormat.Value, Text = text, Label = label };

    public static ComparableValue Words(string? text, string? label = null, string? note = null, string? source = null) =>
        new() { Format = ComparableFormat.Text, Text = text, Label = label, Note = note, Source = source };

    public static ComparableValue List(IEnumerable<string> entries, string? label = null) =>
        new() { Format = ComparableFormat.List, Entries = entries.ToList(), Label = label };

    public static ComparableValue Table(IEnumerable<ComparableRow> rows, string? label = null) =>
        new() { Format = ComparableFormat.Rows, Rows = rows.ToList(), Label = label };
}

/// <summary>A row of a table-like value: its key, then its other columns in order (column label, value).</summary>
public sealed record ComparableRow(string Key, IReadOnlyList<KeyValuePair<string, string?>> Cells);
