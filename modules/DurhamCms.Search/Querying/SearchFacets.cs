using DurhamCms.Search.Indexing;

namespace DurhamCms.Search.Querying;

/// <summary>The facets residents narrow by: the query-string key, the index field, the heading.</summary>
public sealed record SearchFacet(string Key, string Field, string Heading);

public static class SearchFacets
{
    /// <summary>A filter repeated more often than this is cut: there are not that many statuses or priorities.</summary>
    public const int MaxValuesPerFilter = 20;

    public static readonly SearchFacet Priority = new("priority", SearchFields.FacetPriority, "Priority");
    public static readonly SearchFacet Status = new("status", SearchFields.FacetStatus, "Status");
    public static readonly SearchFacet Department = new("department", SearchFields.FacetDepartment, "Department");
    public static readonly SearchFacet Type = new("type", SearchFields.FacetType, "Type");
    public static readonly SearchFacet PlanCycle = new("cycle", SearchFields.FacetPlanCycle, "Plan cycle");

    public static readonly IReadOnlyList<SearchFacet> All = [Priority, Status, Department, Type, PlanCycle];

    /// <summary>How a content type reads in the type facet.</summary>
    public static string TypeLabel(string type) => type switch
    {
        "Priority" => "Priorities",
        "Initiative" => "Initiatives",
        "KeyMeasure" => "Key measures",
        "StatusUpdate" => "Status updates",
        _ => type,
    };
}
