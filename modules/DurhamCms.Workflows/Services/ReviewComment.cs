namespace DurhamCms.Workflows.Services;

/// <summary>
/// The one rule on a review comment's length, used by the editor (before it saves anything) and
/// by the workflow (for the review queue and API callers). Two limits once let a comment save a
/// draft and then be refused by the step it was written for.
/// </summary>
public static class ReviewComment
{
    /// <summary>Comments are for a few sentences; a pasted document is refused with a message, not cut.</summary>
    public const int MaxLength = 4000;

    /// <summary>The message for a comment that is too long, or null when it fits.</summary>
    public static string? Check(string? comment) =>
        comment?.Length > MaxLength
            ? $"The comment is {comment.Length} characters long; keep it to {MaxLength}."
            : null;
}
