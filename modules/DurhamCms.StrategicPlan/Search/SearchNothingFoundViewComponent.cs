using DurhamCms.StrategicPlan.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DurhamCms.StrategicPlan.Search;

/// <summary>What the search page offers when nothing was found: the priorities, the number format, and the service-request line.</summary>
public sealed record SearchNothingFoundModel(IReadOnlyList<PriorityLink> Priorities, SearchHelpOptions Help);

public sealed class SearchNothingFoundViewComponent(DashboardQueries queries, IOptions<SearchHelpOptions> help) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(new SearchNothingFoundModel(await queries.GetPriorityLinksAsync(), help.Value));
}
