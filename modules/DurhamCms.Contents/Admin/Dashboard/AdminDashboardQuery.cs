using System.Security.Claims;
using DurhamCms.Admin;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Admin.List;
using DurhamCms.Data;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary>
/// The signed-in user's dashboard: their drafts, what waits for their review, what was published
/// lately, and stale initiatives. Reads version columns only; the review queue comes from the
/// workflow and the stale list from the site's stale-content source, when those modules are on.
/// </summary>
public sealed class AdminDashboardQuery(
    DurhamDbContext db,
    IContentDefinitionManager definitions,
    ContentAccess access,
    UserManager<Users.CmsUser> users,
    IOptions<AdminDashboardOptions> options,
    TimeProvider clock,
    IServiceProvider services)
{
    public async Task<AdminDashboardModel> GetAsync(ClaimsPrincipal user)
    {
        var take = Math.Max(1, options.Value.ItemsPerSection);
        var labels = (await definitions.ListTypeDefinitionsAsync()).ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.OrdinalIgnoreCase);
        string Label(string type) => labels.GetValueOrDefault(type, type);

        var userId = users.GetUserId(user);
        var userName = user.Identity?.Name;
        var drafts = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && !r.Published && (r.Owner == userId || (userName != null && r.Owner == userName)))
            .OrderByDescending(r => r.ModifiedUtc).Take(take)
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.ModifiedUtc })
            .ToListAsync();

        var published = await db.ContentItems.AsNoTracking()
            .Where(r => r.Published)
            .OrderByDescending(r => r.PublishedUtc).Take(take)
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.PublishedUtc })
            .ToListAsync();

        return new AdminDashboardModel(
            drafts.Select(r => new DashboardItem(r.ContentItemId, Label(r.ContentType), r.DisplayText ?? "(untitled)", r.ModifiedUtc)).ToList(),
            await WaitingForReviewAsync(user, take, Label),
            published.Select(r => new DashboardItem(r.ContentItemId, Label(r.ContentType), r.DisplayText ?? "(untitled)", r.PublishedUtc)).ToList(),
            await StaleAsync(take, Label),
            options.Value.StaleAfterDays);
    }

    /// <summary>Null when there is no workflow; else the items in review this user may publish.</summary>
    private async Task<IReadOnlyList<DashboardItem>?> WaitingForReviewAsync(ClaimsPrincipal user, int take, Func<string, string> label)
    {
        if (services.GetService<IEditorialWorkflow>() is not { } workflow)
        {
            return null;
        }

        var ids = await workflow.ListInStateAsync("InReview", take * 5);
        var rows = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && ids.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.ModifiedUtc, r.Owner })
            .ToListAsync();
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var items = new List<DashboardItem>();
        foreach (var r in rows.OrderBy(r => order[r.ContentItemId]))
        {
            if (items.Count < take && await access.MayPublishAsync(user, r.ContentType, r.Owner))
            {
                items.Add(new DashboardItem(r.ContentItemId, label(r.ContentType), r.DisplayText ?? "(untitled)", r.ModifiedUtc));
            }
        }

        return items;
    }

    private async Task<IReadOnlyList<DashboardItem>?> StaleAsync(int take, Func<string, string> label)
    {
        if (services.GetService<IStaleContentSource>() is not { } source)
        {
            return null;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.StaleAfterDays);
        var stale = await source.ListStaleAsync(cutoff, take);
        return stale.Select(s => new DashboardItem(s.ContentItemId, label(s.ContentType), s.DisplayText, s.LastReportedUtc)
        {
            Note = s.LastReportedUtc is null ? "Never reported on" : null,
        }).ToList();
    }
}
