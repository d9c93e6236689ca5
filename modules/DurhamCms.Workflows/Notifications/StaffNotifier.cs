using System.Net;
using DurhamCms.Data;
using DurhamCms.Notifications;
using DurhamCms.Users;
using DurhamCms.Workflows.Email;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DurhamCms.Workflows.Notifications;

/// <summary>Other modules' notices (reporting reminders) as notification rows and outbox emails, like a transition's.</summary>
public sealed class StaffNotifier(DurhamDbContext db, WorkflowSignals signals, IOptions<SmtpOptions> smtp, IConfiguration configuration, TimeProvider clock) : IStaffNotifier
{
    public async Task AddAsync(IReadOnlyCollection<UserSummary> recipients, StaffNotice notice)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = LinkBase() + notice.Url;
        foreach (var user in recipients.Where(u => u.IsEnabled).DistinctBy(u => u.UserName, StringComparer.OrdinalIgnoreCase))
        {
            db.Add(new NotificationRecord
            {
                UserName = user.UserName,
                Message = notice.Message,
                Url = notice.Url,
                ContentItemId = notice.ContentItemId,
                CreatedUtc = now,
            });

            if (smtp.Value.Enabled && !string.IsNullOrWhiteSpace(user.Email))
            {
                var text = $"Hello {user.UserName},\n\n{notice.Message}\n{(notice.Details is { } d ? d + "\n" : "")}\nOpen it: {link}\n";
                var html = $"<p>Hello {Enc(user.UserName)},</p><p>{Enc(notice.Message)}</p>{(notice.Details is { } details ? $"<p>{Enc(details)}</p>" : "")}<p><a href=\"{Enc(link)}\">Open it</a></p>";
                db.Add(new OutboxMessageRecord
                {
                    To = user.Email,
                    Subject = notice.Subject,
                    HtmlBody = html,
                    TextBody = text,
                    CreatedUtc = now,
                    NextAttemptUtc = now,
                });
            }
        }

        // The outbox's loop learns of the emails once they are stored, not at its next poll.
        await db.AfterCommitOnceAsync("workflows:wake-outbox", () =>
        {
            signals.Outbox.Pulse();
            return Task.CompletedTask;
        });
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    private string LinkBase() =>
        (string.IsNullOrWhiteSpace(smtp.Value.LinkBaseUrl) ? configuration["DurhamCms:PublicBaseUrl"] : smtp.Value.LinkBaseUrl)?.TrimEnd('/') ?? "";
}
