using DurhamCms.Admin;

namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary>One line of a dashboard section; every line links to the editor.</summary>
public sealed record DashboardItem(string ContentItemId, string TypeLabel, string DisplayText, DateTime? WhenUtc)
{
    public string? Note { get; init; }
}

public sealed record AdminDashboardModel(
    IReadOnlyList<DashboardItem> MyDrafts,
    IReadOnlyList<DashboardItem>? WaitingForReview,
    IReadOnlyList<DashboardItem> RecentlyPublished,
    IReadOnlyList<DashboardItem>? Stale,
    int StaleAfterDays);
