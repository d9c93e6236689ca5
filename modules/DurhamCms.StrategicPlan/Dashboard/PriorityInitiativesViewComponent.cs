using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>A priority's initiatives grouped by objective, filtered by status and paged from the query string.</summary>
public sealed class PriorityInitiativesViewComponent(DashboardQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string priorityContentItemId, string? status, string? page) =>
        View(await queries.GetPriorityInitiativesAsync(priorityContentItemId, status, int.TryParse(page, out var number) ? number : null));
}
