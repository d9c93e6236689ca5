namespace DurhamCms.Contents.Admin.History;

/// <summary>A note on one version for the versions page: a step taken on it, by whom, when, with its comment.</summary>
public sealed record VersionNote(string? ContentItemVersionId, string Label, string? UserName, DateTime CreatedUtc)
{
    public string? Comment { get; init; }
}

/// <summary>What a module has to say about an item's versions (a workflow: its transitions and their comments).</summary>
public interface IContentVersionNotes
{
    /// <summary>Oldest first; empty when none.</summary>
    Task<IReadOnlyList<VersionNote>> GetNotesAsync(string contentItemId);
}
