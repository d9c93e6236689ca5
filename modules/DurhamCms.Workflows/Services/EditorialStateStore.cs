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
    /// <summary>
    /// The one way an item's state changes: the row takes the step's target state, version and
    /// time and a new stamp (so a reader holding the old one loses its race), and the step joins
    /// the log, in the caller's transaction.
    /// </summary>
    public void Move(EditorialStateRecord record, EditorialTransitionRecord step)
    {
        record.State = step.ToState;
        record.ContentItemVersionId = step.ContentItemVersionId;
        record.ChangedUtc = step.CreatedUtc;
        record.Stamp = Guid.NewGuid();
        db.Add(step);
    }

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

    public async Task<IReadOnlyList<EditorialTransitionRecord>> TransitionsAsync(string contentItemId) =>
        await db.Set<EditorialTransitionRecord>().AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderBy(r => r.Id)
            .ToListAsync();
}
