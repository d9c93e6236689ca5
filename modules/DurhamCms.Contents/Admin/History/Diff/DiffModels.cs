using DurhamCms.ContentManagement;

namespace DurhamCms.Contents.Admin.History.Diff;

public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>A run of words (or list entries) that both versions share, or only one of them has.</summary>
public sealed record DiffSpan(DiffKind Kind, string Text);

/// <summary>One column of a compared row: its value before and after.</summary>
public sealed record DiffCell(string Column, string? Before, string? After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>A row of a table-like value (one period of a series), matched across versions by its key.</summary>
public sealed record DiffRow(DiffKind Kind, string Key, IReadOnlyList<DiffCell> Cells);

/// <summary>How a compared value is shown: words of text, a list of entries, rows, or a single value.</summary>
public enum DiffFormat
{
    Text,
    List,
    Rows,
    Value,
}

/// <summary>One field (or part property) compared between two versions.</summary>
public sealed class FieldDiff
{
    public required string Part { get; init; }
    public required string Field { get; init; }
    public required DiffFormat Format { get; init; }
    public required DiffKind Kind { get; init; }

    /// <summary>What the text was before it was compared as words, as the field's module says it.</summary>
    public string? Note { get; init; }

    public IReadOnlyList<DiffSpan> Spans { get; init; } = [];
    public IReadOnlyList<DiffRow> Rows { get; init; } = [];
    public string? Before { get; init; }
    public string? After { get; init; }

    public string Label => string.Equals(Part, Field, StringComparison.Ordinal) ? Field : $"{Part} › {Field}";
}

public sealed record ContentDiff(ContentItem From, ContentItem To, IReadOnlyList<FieldDiff> Fields)
{
    public IEnumerable<FieldDiff> Changed => Fields.Where(f => f.Kind != DiffKind.Unchanged);

    public IEnumerable<FieldDiff> Unchanged => Fields.Where(f => f.Kind == DiffKind.Unchanged);
}
