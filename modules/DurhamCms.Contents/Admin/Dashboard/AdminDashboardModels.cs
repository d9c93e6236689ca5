namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary>One line of a dashboard section; it links to the editor unless it names another page.</summary>
public sealed record DashboardItem(string ContentItemId, string TypeLabel, string DisplayText, DateTime? WhenUtc)
{
    public string? Note { get; init; }

    /// <summary>Where the line links when not to the item's editor (a reporting period's form).</summary>
    public string? Url { get; init; }
}

/// <summary>
/// A card of the dashboard: <see cref="Id"/> is its heading's id (for links and tests),
/// <see cref="EmptyText"/> what it says when it has no lines.
/// </summary>
public sealed record DashboardSection(string Id, string Heading, IReadOnlyList<DashboardItem> Items, string EmptyText)
{
    /// <summary>Lower first.</summary>
    public int Order { get; init; }

    /// <summary>A line under the heading that says what the section lists.</summary>
    public string? Hint { get; init; }

    /// <summary>A link under the lines (the whole queue...).</summary>
    public string? LinkUrl { get; init; }
    public string? LinkText { get; init; }
}

public sealed record AdminDashboardModel(IReadOnlyList<DashboardSection> Sections);
