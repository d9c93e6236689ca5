using DurhamCms.ContentManagement;

namespace DurhamCms.Workflows.Controllers;

/// <summary>One row of the review queue.</summary>
public sealed record ReviewQueueItem(ContentItem Item, string? SubmittedBy, DateTime? SubmittedUtc, string? Comment, string? PublishedVersionId, IReadOnlyList<EditorialTransition> Transitions)
{
    public DateTime? ScheduledPublishUtc { get; init; }
}

/// <summary>The review queue page: what waits for review, and what was approved but is not live yet.</summary>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> InReview, IReadOnlyList<ReviewQueueItem> Approved, string ApprovedLabel);
