using DurhamCms.Contents.Admin.Dashboard;
using DurhamCms.Contents.Admin.List;
using DurhamCms.Data;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Workflows.Admin;

/// <summary>"Waiting for my review" on the admin dashboard: the items in review this user may publish.</summary>
internal sealed class ReviewDashboardSection(
    DurhamDbContext db,
    IEditorialWorkflow workflow,
    WorkflowDefinitionStore definitions,
    TransitionAuthorizer authorizer,
    ContentAccess access) : IAdminDashboardSection
{
    public async Task<DashboardSection?> BuildAsync(DashboardContext context)
    {
        var definition = await definitions.GetAsync();
        if ((await authorizer.ReviewableTypesAsync(context.User, definition)).Count == 0)
        {
            // An Author would see an empty section linking to a queue they are refused: show none.
            return null;
        }

        // Read past the first page: most items in review may be ones this user cannot publish.
        var ids = await workflow.ListInStateAsync(definition.QueueState, context.Take * 5);
        var rows = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && ids.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.ModifiedUtc, r.Owner })
            .ToListAsync();
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var items = new List<DashboardItem>();
        foreach (var r in rows.OrderBy(r => order[r.ContentItemId]))
        {
            if (items.Count < context.Take && await access.MayPublishAsync(context.User, r.ContentType, r.Owner))
            {
                items.Add(new DashboardItem(r.ContentItemId, context.TypeLabel(r.ContentType), r.DisplayText ?? "(untitled)", r.ModifiedUtc));
            }
        }

        return new DashboardSection("waiting-review", "Waiting for my review", items, "Nothing is waiting for your review.")
        {
            Order = 10,
            LinkUrl = "/admin/review",
            LinkText = "Open the review queue",
        };
    }
}
