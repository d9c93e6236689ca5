using DurhamCms.Data;
using DurhamCms.Notifications;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DurhamCms.Workflows.Email;

/// <summary>
/// Other modules' email into the outbox. Insert-or-ignore on the deduplication key
/// (<c>ON CONFLICT DO NOTHING</c>, the same SQL on SQLite and PostgreSQL): two nodes or two
/// retries queueing the same event leave one row, without an exception that would spoil the
/// caller's transaction.
/// </summary>
internal sealed class EmailOutbox(DurhamDbContext db, WorkflowSignals signals, IOptions<SmtpOptions> smtp, TimeProvider clock) : IEmailOutbox
{
    public const string OneClick = "List-Unsubscribe=One-Click";

    /// <summary>
    /// Rows per INSERT of <see cref="EnqueueManyAsync"/>: 11 parameters each, 5,500 a statement,
    /// well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
    /// </summary>
    public const int BatchSize = 500;

    private const string Columns = """
        INSERT INTO "OutboxMessageRecord" ("To", "Subject", "HtmlBody", "TextBody", "CreatedUtc", "NextAttemptUtc", "Attempts", "GivenUp", "DeduplicationKey", "ListUnsubscribe", "ListUnsubscribePost")
        VALUES
        """;

    public bool Enabled => smtp.Value.Enabled;

    public async Task<EmailQueueResult> EnqueueAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        Check(email);
        if (!Enabled)
        {
            return EmailQueueResult.EmailOff;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var listUnsubscribe = ListUnsubscribe(email);
        var listUnsubscribePost = ListUnsubscribePost(email);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "OutboxMessageRecord" ("To", "Subject", "HtmlBody", "TextBody", "CreatedUtc", "NextAttemptUtc", "Attempts", "GivenUp", "DeduplicationKey", "ListUnsubscribe", "ListUnsubscribePost")
            VALUES ({email.To}, {email.Subject}, {email.HtmlBody}, {email.TextBody}, {now}, {now}, 0, {false}, {email.DeduplicationKey}, {listUnsubscribe}, {listUnsubscribePost})
            ON CONFLICT ("DeduplicationKey") DO NOTHING
            """, cancellationToken);
        if (inserted == 0)
        {
            return EmailQueueResult.AlreadyQueued;
        }

        // This node's loop sends it as soon as it is committed; the others find it at their next poll.
        await db.AfterCommitOnceAsync("workflows:wake-outbox", () =>
        {
            signals.Outbox.Pulse();
            return Task.CompletedTask;
        });
        return EmailQueueResult.Queued;
    }

    public async Task<int> EnqueueManyAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
    {
        // Every email is checked before any is stored: a bad one refuses the batch, nothing partial.
        foreach (var email in emails)
        {
            Check(email);
        }

        if (!Enabled || emails.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var inserted = 0;
        foreach (var chunk in emails.Chunk(BatchSize))
        {
            var values = new List<object?>(chunk.Length * 11);
            var rows = new List<string>(chunk.Length);
            foreach (var email in chunk)
            {
                var at = values.Count;
                rows.Add("(" + string.Join(", ", Enumerable.Range(at, 11).Select(i => "{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}")) + ")");
                values.AddRange([email.To, email.Subject, email.HtmlBody, email.TextBody, now, now, 0, false, email.DeduplicationKey, ListUnsubscribe(email), ListUnsubscribePost(email)]);
            }

            var sql = Columns + "\n" + string.Join(",\n", rows) + "\nON CONFLICT (\"DeduplicationKey\") DO NOTHING";
            inserted += await db.Database.ExecuteSqlRawAsync(sql, values!, cancellationToken);
        }

        if (inserted > 0)
        {
            await db.AfterCommitOnceAsync("workflows:wake-outbox", () =>
            {
                signals.Outbox.Pulse();
                return Task.CompletedTask;
            });
        }

        return inserted;
    }

    private static string? ListUnsubscribe(OutgoingEmail email) => email.ListUnsubscribeUrl is { } url ? $"<{url}>" : null;

    private static string? ListUnsubscribePost(OutgoingEmail email) => email.ListUnsubscribeUrl is not null && email.OneClickUnsubscribe ? OneClick : null;

    /// <summary>A caller's mistake, said plainly: these would otherwise fail at the mail server, hours later.</summary>
    private static void Check(OutgoingEmail email)
    {
        if (!MailboxAddress.TryParse(email.To, out var to) || string.IsNullOrEmpty(to.Domain) || email.To.Length > 320)
        {
            throw new ArgumentException($"The email's recipient \"{email.To}\" is not one email address.", nameof(email));
        }

        if (string.IsNullOrWhiteSpace(email.Subject) || email.Subject.Length > 998 || email.Subject.Contains('\n', StringComparison.Ordinal) || email.Subject.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("The email's subject must be one line of 1 to 998 characters.", nameof(email));
        }

        if (email.DeduplicationKey is { } key && (key.Length == 0 || key.Length > OutboxLimits.DeduplicationKey))
        {
            throw new ArgumentException($"The email's deduplication key must be 1 to {OutboxLimits.DeduplicationKey} characters.", nameof(email));
        }

        if (email.ListUnsubscribeUrl is { } url
            && (url.Length > OutboxLimits.ListUnsubscribe - 2
                || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("https" or "http")
                || url.IndexOfAny(['<', '>', ',', ' ', '\r', '\n']) >= 0))
        {
            throw new ArgumentException($"The email's List-Unsubscribe URL \"{url}\" is not one absolute http(s) URL.", nameof(email));
        }

        if (email.OneClickUnsubscribe && email.ListUnsubscribeUrl is null)
        {
            throw new ArgumentException("One-click unsubscribe needs a List-Unsubscribe URL.", nameof(email));
        }
    }
}
