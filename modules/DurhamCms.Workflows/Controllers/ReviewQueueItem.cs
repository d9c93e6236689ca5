using DurhamCms.ContentManagement;

namespace DurhamCms.Workflows.Controllers;

/// <summary>One row of the review queue.</summary>
public sealed record ReviewQueueItem(ContentItem Item, string? SubmittedBy, DateTime? SubmittedUtc, string? Comment, string? PublishedVersionId, IReadOnlyList<EditorialTransition> Transitions);
