using DurhamCms.Workflows.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DurhamCms.Workflows.Email;

/// <summary>
/// Sends through the configured SMTP server with MailKit, one connection per batch call. The
/// Message-ID is the outbox row's: a message sent again after a node died before recording it as
/// sent is recognisably the same message (mail servers and clients drop the copy). Resident email
/// carries the row's List-Unsubscribe headers, so mail clients offer their own unsubscribe button.
/// </summary>
internal sealed class MailKitSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(OutboxMessageRecord message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var mime = new MimeMessage();
        var from = MailboxAddress.Parse(smtp.From);
        mime.From.Add(from);
        mime.MessageId = MessageId(message.Id, from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (message.ListUnsubscribe is { } unsubscribe)
        {
            mime.Headers.Add(HeaderId.ListUnsubscribe, unsubscribe);
            if (message.ListUnsubscribePost is { } post)
            {
                mime.Headers.Add("List-Unsubscribe-Post", post);
            }
        }

        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("DurhamCms:Smtp:Host is not set."), smtp.Port, Security(smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary><c>outbox-{id}@{domain of From}</c>, without the angle brackets MimeKit adds.</summary>
    internal static string MessageId(long id, MailboxAddress from) =>
        $"outbox-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}@{(string.IsNullOrEmpty(from.Domain) ? "localhost" : from.Domain)}";

    private static SecureSocketOptions Security(string? value) => value?.ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "STARTTLS" => SecureSocketOptions.StartTls,
        "SSLONCONNECT" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
