namespace DurhamCms.Notifications;

/// <summary>
/// One email for the outbox. <see cref="DeduplicationKey"/> names the event it tells about
/// ("sub:42:{version id}"): a second email under the same key, from another node or a retry, is
/// dropped. <see cref="ListUnsubscribeUrl"/> becomes the <c>List-Unsubscribe</c> header and, when
/// <see cref="OneClickUnsubscribe"/>, <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 8058):
/// the URL must then unsubscribe on a POST that carries nothing but itself.
/// </summary>
public sealed record OutgoingEmail(string To, string Subject, string HtmlBody, string TextBody)
{
    public string? DeduplicationKey { get; init; }

    /// <summary>An absolute https (or http, in tests) URL.</summary>
    public string? ListUnsubscribeUrl { get; init; }

    public bool OneClickUnsubscribe { get; init; }
}

/// <summary>What became of an email handed to the outbox.</summary>
public enum EmailQueueResult
{
    Queued,

    /// <summary>An email with the same deduplication key was queued before (and is sent, or will be, once).</summary>
    AlreadyQueued,

    /// <summary>The site sends no email (no SMTP host): nothing was stored.</summary>
    EmailOff,
}

/// <summary>
/// The site's email outbox, kept by the Workflows module: stored messages are sent by a background
/// loop with retries, so a mail server that is down loses nothing and never fails the caller.
/// The row is written at once, in the caller's open database transaction if it has one (so it
/// commits, or not, with that transaction); without one it stands on its own.
/// </summary>
public interface IEmailOutbox
{
    bool Enabled { get; }

    Task<EmailQueueResult> EnqueueAsync(OutgoingEmail email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Many emails at once (a publish's fan-out to every subscriber), with the same checks and
    /// deduplication as <see cref="EnqueueAsync"/>, in a few batched statements rather than one per
    /// email. Returns how many were new in the outbox (0 when email is off).
    /// </summary>
    Task<int> EnqueueManyAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default);
}
