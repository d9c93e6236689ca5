using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Workflows.Services;

/// <summary>
/// Reads and writes the workflow's tables. An item with no state row yet stands in the
/// definition's initial state, or in its published state when its latest version is live.
/// </summary>
public sealed class EditorialStateStore(DurhamDbContext db)
{
    public Task<EditorialStateRecord?> FindAsync(string contentItemId) =>
        db.Set<EditorialStateRecord>().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId);

    public static string CurrentState(EditorialWorkflowDefinition definition, EditorialStateRecord? record, ContentItem latest) =>
        record?.State ?? (latest.Published ? definition.PublishedState : definition.InitialState);

    public async Task<Dictionary<string, EditorialStateRecord>> FindManyAsync(IReadOnlyCollection<string> contentItemIds) =>
        await db.Set<EditorialStateRecord>().AsNoTracking()
            .Where(r => contentItemIds.Contains(r.ContentItemId))
            .ToDictionaryAsync(r => r.ContentItemId);

    public async Task<IReadOnlyList<string>> ListInStateAsync(string state, int take) =>
        await db.Set<EditorialStateRecord>().AsNoTracking()
            .Where(r => r.State == state)
            .OrderByDescending(r => r.ChangedUtc)
            .Take(take)
            .Select(r => r.ContentItemId)
            .ToListAsync();

    /// <summary>Pending publish/unpublish times by item (earliest of each kind).</summary>
    public async Task<Dictionary<string, (DateTime? Publish, DateTime? Unpublish)>> PendingSchedulesAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var rows = await db.Set<PublishScheduleRecord>().AsNoTracking()
            .Where(r => r.DoneUtc == null && contentItemIds.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.Action, r.DueUtc })
            .ToListAsync();
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(
            g => g.Key,
            g => (
                g.Where(r => r.Action == ScheduleActions.Publish).Select(r => (DateTime?)r.DueUtc).Min(),
                g.Where(r => r.Action == ScheduleActions.Unpublish).Select(r => (DateTime?)r.DueUtc).Min()));
    }

    /// <summary>Marks an item's pending schedules of the action done without running them.</summary>
    public async Task CancelSchedulesAsync(string contentItemId, string action, DateTime now, string reason)
    {
        var pending = await db.Set<PublishScheduleRecord>()
            .Where(r => r.ContentItemId == contentItemId && r.Action == action && r.DoneUtc == null)
            .ToListAsync();
        foreach (var row in pending)
        {
            row.DoneUtc = now;
            row.Outcome = $"Cancelled: {reason}";
        }
    }

    public async Task<IReadOnlyList<EditorialTransitionRecord>> TransitionsAsync(string contentItemId) =>
        await db.Set<EditorialTransitionRecord>().AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderBy(r => r.Id)
            .ToListAsync();
}
