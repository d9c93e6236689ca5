namespace DurhamCms.Workflows.Models;

/// <summary>Where one content item stands in the editorial workflow: one row per item.</summary>
public sealed class EditorialStateRecord
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string State { get; set; } = "";

    /// <summary>The version the last transition was taken on.</summary>
    public string? ContentItemVersionId { get; set; }

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
