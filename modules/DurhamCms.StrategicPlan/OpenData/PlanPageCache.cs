namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>The kernel's page cache, as the plan's own pages and feeds use it.</summary>
public static class PlanPageCache
{
    /// <summary>The dashboard home, open data page, JSON, CSV, feed and sitemap: none reads the query string.</summary>
    public const string Policy = "PlanPage";

    /// <summary>What a priority's page reads: its initiatives list's status filter and page number.</summary>
    public static readonly string[] PriorityPageQueryKeys = ["status", "page"];
}
