using System.Net;
using DurhamCms.Notifications;
using DurhamCms.Subscriptions.Models;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Subscriptions.Services;

/// <summary>
/// The emails of signing up: "confirm your subscription" and "you are already subscribed". They go
/// through <see cref="IEmailOutbox"/> like every other email, inside the caller's open transaction,
/// so the row and its email are stored together or not at all, and leave through real SMTP with the
/// outbox's retries (its loop is woken once the transaction commits). No deduplication key: each
/// request mails a new link, and the sign-up limits bound how many. Written in the request's
/// language, which is the subscriber's (a Spanish page signs up in Spanish).
/// </summary>
public sealed class SubscriberMail(IEmailOutbox outbox, SubscriptionLinks links, IStringLocalizer<SubscriberMail> T)
{
    public Task AddConfirmationAsync(SubscriptionRecord subscription, string token, SubscriptionTarget target, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var url = links.Confirm(subscription.Culture, token);
        var what = What(target);
        var hours = (int)Math.Round(validFor.TotalHours);
        return AddAsync(
            subscription.Email,
            T["Confirm your email updates from the Durham Strategic Plan"],
            [
                T["Someone, probably you, asked for email updates about {0}.", what],
                T["To start them, open this link within {0} hours and press Confirm:", hours],
            ],
            url,
            T["If you did not ask for this, ignore this email: nothing will be sent to you."],
            cancellationToken);
    }

    public Task AddAlreadySubscribedAsync(SubscriptionRecord subscription, SubscriptionTarget target, CancellationToken cancellationToken) =>
        AddAsync(
            subscription.Email,
            T["You already get email updates from the Durham Strategic Plan"],
            [
                T["Someone, probably you, asked again for email updates about {0}. This address already gets them.", What(target)],
                T["To change or stop your email updates, open this link:"],
            ],
            links.Manage(subscription),
            T["If you did not ask for this, you can ignore this email."],
            cancellationToken);

    private string What(SubscriptionTarget target) =>
        target.Title is { } title ? T["“{0}”", title] : T["the whole Strategic Plan"];

    private async Task AddAsync(string to, string subject, IReadOnlyList<string> lines, string url, string footer, CancellationToken cancellationToken)
    {
        var html = string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>"))
            + $"<p><a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(url)}</a></p>"
            + $"<p>{WebUtility.HtmlEncode(footer)}</p>";
        var text = string.Join("\n\n", lines) + "\n\n" + url + "\n\n" + footer + "\n";
        await outbox.EnqueueAsync(new OutgoingEmail(to, subject, html, text), cancellationToken);
    }
}
