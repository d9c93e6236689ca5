using System.Text.RegularExpressions;
using DurhamCms.Search.Contributors;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Search;

/// <summary>
/// How residents search the plan: by priority, status, department and plan cycle; sorted by
/// initiative number; finding an initiative by typing its number ("3.11"); each hit showing its
/// status badge and its priority's title.
/// </summary>
public sealed partial class PlanSearchCatalog : ISearchCatalogProvider
{
    public const string PriorityFacet = "priority";
    public const string StatusFacet = "status";
    public const string DepartmentFacet = "department";
    public const string PlanCycleFacet = "cycle";
    public const string NumberSort = "number";

    /// <summary>An initiative's own number: typing it puts the initiative first, far above any word.</summary>
    public const string InitiativeNumberKeyword = "Initiative.Number";

    /// <summary>The number of the initiative an item belongs to: its measures and updates follow it.</summary>
    public const string ItsInitiativeNumberKeyword = "Plan.InitiativeNumber";

    // The content types' names as the type facet shows them.
    private static readonly Dictionary<string, string> TypeLabels = new(StringComparer.Ordinal)
    {
        [Priority.Type] = "Priorities",
        [Initiative.Type] = "Initiatives",
        [KeyMeasure.Type] = "Key measures",
        [StatusUpdate.Type] = "Status updates",
    };

    public void Describe(SearchCatalogBuilder catalog) => catalog
        .AddFacet(new SearchFacet(PriorityFacet, "Priority", Position: 10) { OrderByValue = true })
        .AddFacet(new SearchFacet(StatusFacet, "Status", Position: 20))
        .AddFacet(new SearchFacet(DepartmentFacet, "Department", Position: 30))
        .AddFacet(new SearchFacet(PlanCycleFacet, "Plan cycle", Position: 50))
        .LabelValues(PriorityFacet, number => $"Priority {number}")
        .LabelValues(SearchCatalog.TypeFacet, type => TypeLabels.GetValueOrDefault(type))
        .AddSort(new SearchSort(NumberSort, "Initiative number", Position: 10))
        .AddExactField(new SearchExactField(InitiativeNumberKeyword, Number(), Boost: 50f))
        .AddExactField(new SearchExactField(ItsInitiativeNumberKeyword, Number(), Boost: 2f))
        .AddHitValue(new SearchHitValue(StatusFacet, StatusFacet, Position: 10) { Partial = "_StatusBadge" })
        .AddHitValue(new SearchHitValue(PriorityFacet, PriorityFacet, Position: 20) { Labelled = true });

    /// <summary>What a resident types for an initiative: "3.11" (see <see cref="Models.InitiativeNumber"/>).</summary>
    [GeneratedRegex(@"^[1-9]\.[0-9]{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
