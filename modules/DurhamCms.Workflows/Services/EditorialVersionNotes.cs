using DurhamCms.Contents.Admin.History;

namespace DurhamCms.Workflows.Services;

/// <summary>The workflow's transitions on the versions page: who took which step on which version, with the comment.</summary>
internal sealed class EditorialVersionNotes(IEditorialHistory history) : IContentVersionNotes
{
    public async Task<IReadOnlyList<VersionNote>> GetNotesAsync(string contentItemId) =>
        (await history.GetTransitionsAsync(contentItemId))
            .Select(t => new VersionNote(t.ContentItemVersionId, t.Label, t.UserName, t.CreatedUtc) { Comment = t.Comment })
            .ToList();
}
