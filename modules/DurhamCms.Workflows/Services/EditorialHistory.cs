namespace DurhamCms.Workflows.Services;

internal sealed class EditorialHistory(EditorialStateStore store) : IEditorialHistory
{
    public async Task<IReadOnlyList<EditorialHistoryEntry>> GetTransitionsAsync(string contentItemId) =>
        (await store.TransitionsAsync(contentItemId))
            .Select(r => new EditorialHistoryEntry(r.ContentItemId, r.ContentItemVersionId, r.Transition, r.Label, r.FromState, r.ToState, r.UserName, r.CreatedUtc) { Comment = r.Comment })
            .ToList();
}
