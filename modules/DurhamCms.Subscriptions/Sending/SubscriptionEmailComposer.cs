using System.Globalization;
using System.Net;
using System.Text;
using DurhamCms.Notifications;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Subscriptions.Sending;

/// <summary>One published update as an email shows it: what it is about and where to read it.</summary>
public sealed record UpdateForEmail(PublishedUpdateRecord Update, string InitiativeLabel, string Url);

/// <summary>
/// Writes a subscriber's email, in their language: one update, or a day's digest; always with the
/// manage and unsubscribe links in the body and the List-Unsubscribe headers (one-click POST).
/// Every value is HTML-encoded in the HTML part.
/// </summary>
public sealed class SubscriptionEmailComposer(IStringLocalizerFactory localizers, SubscriptionLinks links)
{
    private readonly IStringLocalizer _text = localizers.Create(typeof(SubscriptionEmailText));

    public OutgoingEmail Update(SubscriptionRecord subscription, UpdateForEmail update) =>
        Write(subscription, [update], s => s[SubscriptionEmailText.UpdateSubject, update.InitiativeLabel], intro: null)
            with { DeduplicationKey = $"sub:{subscription.Id.ToString(CultureInfo.InvariantCulture)}:{update.Update.ContentItemVersionId}" };

    public OutgoingEmail Digest(SubscriptionRecord subscription, IReadOnlyList<UpdateForEmail> updates, DateOnly localDate) =>
        Write(subscription, updates, s => s[SubscriptionEmailText.DigestSubject, localDate.ToString("D", CultureInfo.CurrentCulture)], s => s[SubscriptionEmailText.DigestIntro])
            with { DeduplicationKey = DigestKey(subscription.Id, localDate) };

    /// <summary>"digest:{id}:{local date}": a second node, or a second sweep the same day, queues nothing more.</summary>
    public static string DigestKey(long subscriptionId, DateOnly localDate) =>
        $"digest:{subscriptionId.ToString(CultureInfo.InvariantCulture)}:{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private OutgoingEmail Write(SubscriptionRecord subscription, IReadOnlyList<UpdateForEmail> updates, Func<IStringLocalizer, string> subject, Func<IStringLocalizer, string>? intro)
    {
        var culture = CultureInfo.GetCultureInfo(subscription.Culture);
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var manage = links.Manage(subscription);
            var unsubscribe = links.Unsubscribe(subscription);
            var html = new StringBuilder($"<div lang=\"{Enc(subscription.Culture)}\">");
            var text = new StringBuilder();
            if (intro is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{Enc(intro(_text))}</p>");
                text.Append(intro(_text)).Append("\n\n");
            }

            foreach (var item in updates)
            {
                var line = Line(item);
                html.Append(CultureInfo.InvariantCulture, $"<p>{Enc(line)}<br><a href=\"{Enc(item.Url)}\">{Enc(_text[SubscriptionEmailText.ReadIt])}</a></p>");
                text.Append(line).Append('\n').Append(_text[SubscriptionEmailText.ReadIt]).Append(": ").Append(item.Url).Append("\n\n");
            }

            html.Append(CultureInfo.InvariantCulture, $"<hr><p>{Enc(_text[SubscriptionEmailText.WhyYouGetThis])}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Enc(manage)}\">{Enc(_text[SubscriptionEmailText.Manage])}</a> · <a href=\"{Enc(unsubscribe)}\">{Enc(_text[SubscriptionEmailText.Unsubscribe])}</a></p></div>");
            text.Append("--\n").Append(_text[SubscriptionEmailText.WhyYouGetThis]).Append('\n')
                .Append(_text[SubscriptionEmailText.Manage]).Append(": ").Append(manage).Append('\n')
                .Append(_text[SubscriptionEmailText.Unsubscribe]).Append(": ").Append(unsubscribe).Append('\n');

            return new OutgoingEmail(subscription.Email, OneLine(subject(_text)), html.ToString(), text.ToString())
            {
                ListUnsubscribeUrl = unsubscribe,
                OneClickUnsubscribe = true,
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }

    private string Line(UpdateForEmail item) => item.Update.Kind == PublishedUpdateRecord.MeasureKind
        ? _text[SubscriptionEmailText.MeasureLine, item.Update.Title, item.Update.Period ?? ""]
        : string.IsNullOrWhiteSpace(item.Update.Status)
            ? _text[SubscriptionEmailText.StatusUpdateNoStatus, item.InitiativeLabel, item.Update.Period ?? ""]
            : _text[SubscriptionEmailText.StatusUpdateLine, item.InitiativeLabel, item.Update.Period ?? "", _text[item.Update.Status].Value];

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= 998 ? line : line[..998];
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
