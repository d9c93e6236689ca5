using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>Every priority, one link each, the page's own marked as current: a resident moves across the plan without going home.</summary>
public sealed class PriorityStripViewComponent(DashboardQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? currentPriorityId, bool onItsPage) =>
        View(new PriorityStripModel(await queries.GetPriorityLinksAsync(), currentPriorityId, onItsPage));
}
