namespace DurhamCms.Contents.Admin;

/// <summary>
/// A site's own vocabulary of statuses for its content (the plan's "In Progress", "On Hold"...),
/// so the generic content list can filter and show them without knowing the module that owns them.
/// </summary>
public interface IContentStatusSource
{
    /// <summary>The statuses in the order editors know them.</summary>
    Task<IReadOnlyList<string>> GetStatusesAsync();

    /// <summary>Ids of items whose latest version has the status, as a query the list composes with its own.</summary>
    IQueryable<string> LatestIdsWithStatus(string status);

    /// <summary>The status of each item's latest version, by content item id (items without one are left out).</summary>
    Task<IReadOnlyDictionary<string, string>> GetLatestStatusesAsync(IReadOnlyCollection<string> contentItemIds);
}

/// <summary>An item nobody has reported on for a while: what the admin dashboard lists as stale.</summary>
public sealed record StaleContentItem(string ContentItemId, string ContentType, string DisplayText)
{
    /// <summary>When it was last reported on; null when never.</summary>
    public DateTime? LastReportedUtc { get; init; }

    /// <summary>Why it is listed, in the source's words ("Update overdue"); null shows "Never reported on" when never reported.</summary>
    public string? Note { get; init; }
}

/// <summary>Finds published items whose reporting is behind by the site's own rule (the plan: its "Update overdue").</summary>
public interface IStaleContentSource
{
    /// <summary>What stale means on this site, in a sentence shown under the list's heading.</summary>
    string Rule { get; }

    Task<IReadOnlyList<StaleContentItem>> ListStaleAsync(int take);
}
