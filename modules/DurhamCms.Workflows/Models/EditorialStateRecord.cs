namespace DurhamCms.Workflows.Models;

/// <summary>Where one content item stands in the editorial workflow: one row per item.</summary>
public sealed class EditorialStateRecord
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string State { get; set; } = "";

    /// <summary>The version the last transition was taken on.</summary>
    public string? ContentItemVersionId { get; set; }

    /// <summary>
    /// The version the approval in force was given to, with its stamp: publishing ("Publish now",
    /// the review queue, a scheduled time) puts exactly that text live or refuses. Kept when a
    /// change withdraws the approval (so the change cannot be published without a new review);
    /// cleared by the next step. Null: not approved.
    /// </summary>
    public string? ApprovedContentItemVersionId { get; set; }

    /// <summary>The approved version's stamp; null for approvals recorded before stamps were (their version id alone pins them).</summary>
    public long? ApprovedVersionStamp { get; set; }

    /// <summary>The version a reviewer handed back with "Request changes": what a resubmission is compared with.</summary>
    public string? ReviewedContentItemVersionId { get; set; }

    public DateTime ChangedUtc { get; set; }
    public string? ChangedBy { get; set; }

    /// <summary>Who last submitted the item for review (the person told about the review's outcome).</summary>
    public string? SubmittedBy { get; set; }
    public DateTime? SubmittedUtc { get; set; }

    public string? LastComment { get; set; }
    public string? LastCommentBy { get; set; }

    /// <summary>Bumped on every change: two reviewers acting at once cannot both move the item.</summary>
    public Guid Stamp { get; set; }
}
