namespace DurhamCms.Workflows;

/// <summary>One workflow transition taken on an item: who, when, from and to which state, and the comment.</summary>
public sealed record EditorialHistoryEntry(
    string ContentItemId,
    string? ContentItemVersionId,
    string Transition,
    string Label,
    string FromState,
    string ToState,
    string? UserName,
    DateTime CreatedUtc)
{
    public string? Comment { get; init; }
}

/// <summary>
/// The transitions log of the editorial workflow (module Workflows), for the versions page and
/// anything else that shows "who, when and the transition comment" per version.
/// </summary>
public interface IEditorialHistory
{
    /// <summary>Every transition taken on the item, oldest first; empty when none (or no workflow).</summary>
    Task<IReadOnlyList<EditorialHistoryEntry>> GetTransitionsAsync(string contentItemId);
}
