using DurhamCms.ContentManagement;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>The body of an initiative's page: its sections, measures and status updates.</summary>
public sealed class InitiativePageViewComponent(InitiativePageQuery query) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContentItem initiative) => View(await query.GetAsync(initiative));
}
