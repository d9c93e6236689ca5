using DurhamCms.Time;

namespace DurhamCms.Workflows.Notifications;

/// <summary>
/// A transition told as a sentence a person would write: "Erin asked for changes to '3.11 — FY2025 Q3':
/// 'Please add the November figure.'" The Durham recipe's transitions have their own verbs; one a
/// city adds reads "Erin chose 'Its label' for 'the item': it is now In review."
/// </summary>
public static class NotificationSentences
{
    /// <param name="zone">The site's zone: the publish time is told on Durham's clock, "14 March 2027 at 03:30 EDT".</param>
    public static string For(string actor, string transition, string transitionLabel, string title, string toStateLabel, string? comment, DateTime? publishAtUtc, SiteTimeZone zone)
    {
        var at = publishAtUtc is { } utc ? zone.InWords(utc) : null;
        var sentence = transition switch
        {
            "Submit" => $"{actor} submitted '{title}' for review",
            "RequestChanges" => $"{actor} asked for changes to '{title}'",
            "Approve" when at is not null => $"{actor} approved '{title}'; it will be published on {at}",
            "Approve" => $"{actor} approved '{title}'; it is not published yet",
            "Publish" => $"{actor} published '{title}'",
            "Schedule" when at is not null => $"{actor} scheduled '{title}' to be published on {at}",
            "SendBackToReview" => $"{actor} sent '{title}' back to review",
            "Unpublish" => $"{actor} unpublished '{title}'",
            "Archive" => $"{actor} archived '{title}'",
            "Reopen" => $"{actor} reopened '{title}' as a draft",
            _ => $"{actor} chose '{transitionLabel}' for '{title}': it is now {toStateLabel}",
        };
        return string.IsNullOrWhiteSpace(comment) ? sentence + "." : $"{sentence}: '{comment.Trim()}'";
    }
}
