namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>How many initiatives have one status.</summary>
public sealed record StatusCount(string Status, int Count);

/// <summary>A priority's card on the home page, with its status roll-up.</summary>
public sealed record PriorityCard(int? Number, string Title, string Url, string? Description, IReadOnlyList<StatusCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
}

/// <summary>A priority as the navigation strip and the search page link to it.</summary>
public sealed record PriorityLink(string ContentItemId, int? Number, string Title, string Url)
{
    public string Label => Number is { } n ? $"Priority {n}: {Title}" : Title;
}

/// <summary>
/// The strip of priorities on priority and initiative pages. <see cref="CurrentId"/> is the page's
/// priority: the page itself when <see cref="OnItsPage"/>, else the priority an initiative belongs to.
/// </summary>
public sealed record PriorityStripModel(IReadOnlyList<PriorityLink> Priorities, string? CurrentId, bool OnItsPage)
{
    public string? AriaCurrent(PriorityLink priority) => priority.ContentItemId != CurrentId ? null : OnItsPage ? "page" : "true";
}

public sealed record HomeModel(IReadOnlyList<PriorityCard> Priorities, IReadOnlyList<string> Statuses, PlanProgress? Progress = null);

/// <summary>
/// Published measures by where their latest value stands against its target. "Judged" are those
/// with a target and data: "x of y measures on target" counts against them, not against measures
/// that could not be on target whatever their values.
/// </summary>
public sealed record MeasureTally(int OnTarget, int OffTarget, int NoTarget)
{
    public int Judged => OnTarget + OffTarget;

    public int Total => Judged + NoTarget;

    public static MeasureTally None { get; } = new(0, 0, 0);

    public MeasureTally Add(MeasureTally other) => new(OnTarget + other.OnTarget, OffTarget + other.OffTarget, NoTarget + other.NoTarget);
}

/// <summary>The plan-wide summary on the home page: measures against targets, and initiatives reported on lately.</summary>
public sealed record PlanProgress(MeasureTally Measures, int UpdatedInLastQuarter, int Initiatives);

/// <summary>One initiative in a list: what the index row holds, and its URL.</summary>
public sealed record InitiativeListing(string ContentItemId, string Number, string Title, string? Status, string Url)
{
    /// <summary>By <see cref="Staleness.UpdateOverdueRule"/>: its latest update or a measure is older than its cadence.</summary>
    public bool UpdateOverdue { get; init; }
}

/// <summary>
/// Initiatives of one objective ("3.1"); the title is the Objective item's, else one set on its
/// initiatives, else none. An objective with no published initiative has an empty list.
/// </summary>
public sealed record ObjectiveGroup(string Number, string? Title, IReadOnlyList<InitiativeListing> Initiatives)
{
    public string Heading => Number.Length == 0 ? "Other initiatives" : Models.PlanContent.Objective.Label(Number, Title);
}

/// <summary>
/// A priority's initiatives as its page shows them. <see cref="UnknownStatus"/> holds a filter value
/// that matched no status: it is ignored, and the page says so.
/// </summary>
public sealed record PriorityInitiativesModel(
    IReadOnlyList<string> Statuses,
    string? SelectedStatus,
    string? UnknownStatus,
    int Total,
    int Matching,
    PageWindow Page,
    IReadOnlyList<ObjectiveGroup> Groups,
    IReadOnlyList<StatusCount>? StatusCounts = null,
    MeasureTally? Measures = null);

/// <summary>Which slice of a long list this page shows; page numbers start at 1.</summary>
public sealed record PageWindow(int Number, int Count, int Size, int Matching)
{
    public int First => Matching == 0 ? 0 : ((Number - 1) * Size) + 1;
    public int Last => Math.Min(Number * Size, Matching);
    public bool IsPaged => Count > 1;

    /// <summary>The requested page, clamped: a page number past the end shows the last page.</summary>
    public static PageWindow For(int? requested, int size, int matching)
    {
        var count = Math.Max(1, (matching + size - 1) / size);
        return new PageWindow(Math.Clamp(requested ?? 1, 1, count), count, size, matching);
    }
}
