using DurhamCms.ContentManagement;

namespace DurhamCms.Workflows.Controllers;

/// <summary>One row of the review queue.</summary>
public sealed record ReviewQueueItem(ContentItem Item, string? SubmittedBy, DateTime? SubmittedUtc, string? Comment, string? PublishedVersionId, IReadOnlyList<EditorialTransition> Transitions)
{
    public DateTime? ScheduledPublishUtc { get; init; }

    /// <summary>The state the card shows, posted back with a step (a step for a state the item has left lost a race).</summary>
    public string State { get; init; } = "";

    /// <summary>The version a reviewer handed back for changes, when a newer one came back for review.</summary>
    public string? ReviewedVersionId { get; init; }

    /// <summary>The labels of the fields changed since <see cref="ReviewedVersionId"/>, in the editor's words.</summary>
    public IReadOnlyList<string> ChangedSinceReview { get; init; } = [];
}

/// <summary>The review queue page: what waits for review, and what was approved but is not live yet.</summary>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> InReview, IReadOnlyList<ReviewQueueItem> Approved, string ApprovedLabel);
