namespace DurhamCms.Workflows.Models;

/// <summary>
/// An email waiting to be sent. Written in the transaction of the change it tells about, sent
/// afterwards by <see cref="Email.OutboxSender"/>, retried with backoff: a mail server that is
/// down never blocks or fails a save.
/// </summary>
public sealed class OutboxMessageRecord
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentUtc { get; set; }

    /// <summary>Set when the last attempt failed; a message past the last attempt is given up (kept for the record).</summary>
    public string? LastError { get; set; }
    public bool GivenUp { get; set; }

    /// <summary>The event the email tells about, unique when set: the same event is never queued twice (see <see cref="DurhamCms.Notifications.IEmailOutbox"/>).</summary>
    public string? DeduplicationKey { get; set; }

    /// <summary>The <c>List-Unsubscribe</c> header's value as sent ("&lt;https://…&gt;"); null for staff email.</summary>
    public string? ListUnsubscribe { get; set; }

    /// <summary>The <c>List-Unsubscribe-Post</c> header's value ("List-Unsubscribe=One-Click"), when the link unsubscribes on POST.</summary>
    public string? ListUnsubscribePost { get; set; }
}
