namespace DurhamCms.Workflows.Services;

/// <summary>The words and log name for an item sent back from review because its content changed.</summary>
public static class EditorialWithdrawal
{
    /// <summary>The transition name written to the log when a save withdraws an item.</summary>
    public const string Transition = "Withdrawn";

    public const string ChangedAfterApproval = "This item changed after it was approved: the change needs review again.";

    public const string ChangedInReview = "This item changed while it was in review: the change needs review again.";
}
