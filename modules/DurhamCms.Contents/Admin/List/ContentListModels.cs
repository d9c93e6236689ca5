namespace DurhamCms.Contents.Admin.List;

/// <summary>One item in the list, from its latest version's columns.</summary>
public sealed record ContentListRow(string ContentItemId, string ContentType, string TypeLabel, string DisplayText)
{
    public DateTime? ModifiedUtc { get; init; }
    public string? OwnerName { get; init; }

    /// <summary>"Published", "Draft", or "Draft (published version live)".</summary>
    public string Publication { get; init; } = "";
    /// <summary>A module's state of the item (a workflow's "In review"), shown beside its publication.</summary>
    public string? StateLabel { get; init; }
    public string? Status { get; init; }
    /// <summary>The site's number for the item and what it sits under (an initiative's "3.11", its priority).</summary>
    public ContentNumber? Number { get; init; }
    public bool CanEdit { get; init; }
    /// <summary>The culture the item is written in ("es-US"), when the site localizes content.</summary>
    public string? Culture { get; init; }

    /// <summary>The language's own name ("Español", "English"), as speakers of it would look for it.</summary>
    public string? LanguageName => Culture is null ? null : DurhamCms.Display.LanguageNames.Native(Culture);
}

public sealed record FilterOption(string Value, string Label);

public sealed record ContentListPage(ContentListFilter Filter, IReadOnlyList<ContentListRow> Rows, int Total, int PageCount)
{
    public IReadOnlyList<FilterOption> Types { get; init; } = [];
    public IReadOnlyList<FilterOption> States { get; init; } = [];
    public IReadOnlyList<FilterOption> Statuses { get; init; } = [];
    public IReadOnlyList<FilterOption> Owners { get; init; } = [];

    /// <summary>The parent column's heading when the site numbers its items; null shows no number columns.</summary>
    public string? NumberParentHeading { get; init; }

    /// <summary>True when the site localizes content: the list shows each item's language.</summary>
    public bool ShowsLanguage { get; init; }

    /// <summary>Types the user may create, for the "New" links.</summary>
    public IReadOnlyList<FilterOption> Creatable { get; init; } = [];
}
