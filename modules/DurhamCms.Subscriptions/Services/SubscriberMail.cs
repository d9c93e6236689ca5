using System.Net;
using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Subscriptions.Services;

/// <summary>
/// The emails of signing up: "confirm your subscription" and "you are already subscribed". They are
/// added to the outbox in the caller's unit of work, so the row and its email are stored together
/// or not at all, and leave through real SMTP with the outbox's retries. Written in the request's
/// language, which is the subscriber's (a Spanish page signs up in Spanish).
/// </summary>
public sealed class SubscriberMail(DurhamDbContext db, SubscriptionLinks links, WorkflowSignals signals, IStringLocalizer<SubscriberMail> T, TimeProvider clock)
{
    public void AddConfirmation(SubscriptionRecord subscription, string token, SubscriptionTarget target, TimeSpan validFor)
    {
        var url = links.Confirm(subscription.Culture, token);
        var what = What(target);
        var hours = (int)Math.Round(validFor.TotalHours);
        Add(
            subscription.Email,
            T["Confirm your email updates from the Durham Strategic Plan"],
            [
                T["Someone, probably you, asked for email updates about {0}.", what],
                T["To start them, open this link within {0} hours and press Confirm:", hours],
            ],
            url,
            T["If you did not ask for this, ignore this email: nothing will be sent to you."]);
    }

    public void AddAlreadySubscribed(SubscriptionRecord subscription, SubscriptionTarget target)
    {
        Add(
            subscription.Email,
            T["You already get email updates from the Durham Strategic Plan"],
            [
                T["Someone, probably you, asked again for email updates about {0}. This address already gets them.", What(target)],
                T["To change or stop your email updates, open this link:"],
            ],
            links.Manage(subscription),
            T["If you did not ask for this, you can ignore this email."]);
    }

    /// <summary>Wakes this node's outbox loop once the emails are stored, instead of at its next poll.</summary>
    public void WakeOutbox() => signals.Outbox.Pulse();

    private string What(SubscriptionTarget target) =>
        target.Title is { } title ? T["“{0}”", title] : T["the whole Strategic Plan"];

    private void Add(string to, string subject, IReadOnlyList<string> lines, string url, string footer)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var html = string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>"))
            + $"<p><a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(url)}</a></p>"
            + $"<p>{WebUtility.HtmlEncode(footer)}</p>";
        var text = string.Join("\n\n", lines) + "\n\n" + url + "\n\n" + footer + "\n";
        db.Add(new OutboxMessageRecord
        {
            To = to,
            Subject = subject,
            HtmlBody = html,
            TextBody = text,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
    }
}
