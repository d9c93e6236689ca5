using System.Security.Claims;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary>
/// The signed-in user's dashboard: their drafts, what was published lately, and stale content,
/// from version columns only; plus the sections modules add (<see cref="IAdminDashboardSection"/>:
/// a workflow's review queue) and the stale list of the site's stale-content source, when present.
/// </summary>
public sealed class AdminDashboardQuery(
    DurhamDbContext db,
    IContentDefinitionManager definitions,
    IOptions<AdminDashboardOptions> options,
    IEnumerable<IAdminDashboardSection> moduleSections,
    IEnumerable<IStaleContentSource> staleSources)
{
    public async Task<AdminDashboardModel> GetAsync(ClaimsPrincipal user)
    {
        var take = Math.Max(1, options.Value.ItemsPerSection);
        var labels = (await definitions.ListTypeDefinitionsAsync()).ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.OrdinalIgnoreCase);
        var context = new DashboardContext(user, take, type => labels.GetValueOrDefault(type, type));

        var sections = new List<DashboardSection> { await MyDraftsAsync(context), await RecentlyPublishedAsync(context) };
        if (await StaleAsync(context) is { } stale)
        {
            sections.Add(stale);
        }

        foreach (var section in moduleSections)
        {
            if (await section.BuildAsync(context) is { } built)
            {
                sections.Add(built);
            }
        }

        return new AdminDashboardModel(sections.OrderBy(s => s.Order).ToList());
    }

    private async Task<DashboardSection> MyDraftsAsync(DashboardContext context)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var userName = context.User.Identity?.Name;
        var drafts = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && !r.Published && (r.Owner == userId || (userName != null && r.Owner == userName)))
            .OrderByDescending(r => r.ModifiedUtc).Take(context.Take)
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.ModifiedUtc })
            .ToListAsync();
        var items = drafts.Select(r => new DashboardItem(r.ContentItemId, context.TypeLabel(r.ContentType), r.DisplayText ?? "(untitled)", r.ModifiedUtc)).ToList();
        return new DashboardSection("my-drafts", "My drafts", items, "You have no drafts.") { Order = 0 };
    }

    private async Task<DashboardSection> RecentlyPublishedAsync(DashboardContext context)
    {
        var published = await db.ContentItems.AsNoTracking()
            .Where(r => r.Published)
            .OrderByDescending(r => r.PublishedUtc).Take(context.Take)
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.PublishedUtc })
            .ToListAsync();
        var items = published.Select(r => new DashboardItem(r.ContentItemId, context.TypeLabel(r.ContentType), r.DisplayText ?? "(untitled)", r.PublishedUtc)).ToList();
        return new DashboardSection("recently-published", "Recently published", items, "Nothing has been published yet.") { Order = 20 };
    }

    /// <summary>Null when no module says what stale means on this site.</summary>
    private async Task<DashboardSection?> StaleAsync(DashboardContext context)
    {
        if (staleSources.FirstOrDefault() is not { } source)
        {
            return null;
        }

        var stale = await source.ListStaleAsync(context.Take);
        var items = stale.Select(s => new DashboardItem(s.ContentItemId, context.TypeLabel(s.ContentType), s.DisplayText, s.LastReportedUtc)
        {
            Note = s.Note ?? (s.LastReportedUtc is null ? "Never reported on" : null),
        }).ToList();
        return new DashboardSection("stale-content", "Stale content", items, "Every initiative has been reported on recently.")
        {
            Order = 30,
            Hint = source.Rule,
        };
    }
}
