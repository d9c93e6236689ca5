using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Time;
using DurhamCms.Users;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Email;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DurhamCms.Workflows.Notifications;

/// <summary>What a transition tells the people concerned.</summary>
public sealed record TransitionNotice(
    EditorialWorkflowDefinition Definition,
    EditorialTransitionDefinition Transition,
    ContentItem Item,
    EditorialStateRecord Record,
    string From,
    string To,
    string? Comment,
    string? Actor,
    TransitionRequest Request);

/// <summary>
/// Tells the people a transition concerns (reviewers, the submitter, the owner; never the one who
/// took it): a notification row each, and an outbox email each when email is on. Both are written
/// in the transition's transaction; nothing here talks to a mail server.
/// </summary>
public sealed class EditorialNotifier(
    DurhamDbContext db,
    IUserDirectory users,
    TransitionAuthorizer authorizer,
    EmailTemplateRenderer templates,
    IOptions<SmtpOptions> smtp,
    IConfiguration configuration,
    TimeProvider clock,
    ILocalClock localClock)
{
    public async Task NotifyAsync(TransitionNotice notice)
    {
        var recipients = await RecipientsAsync(notice);
        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var url = $"/admin/contents/{notice.Item.ContentItemId}/edit";
        var title = notice.Item.DisplayText ?? notice.Item.ContentItemId;
        var zone = await localClock.GetTimeZoneAsync();
        var message = NotificationSentences.For(notice.Actor ?? "Someone", notice.Transition.Name, notice.Transition.DisplayLabel, title, notice.Definition.StateLabel(notice.To), notice.Comment, notice.Request.PublishAtUtc, zone);
        var (subject, body) = templates.Template(notice.Definition, notice.Transition.Name);
        foreach (var user in recipients)
        {
            db.Add(new NotificationRecord
            {
                UserName = user.UserName,
                // The sentence quotes the comment: the list shows it once.
                Message = message,
                Url = url,
                ContentItemId = notice.Item.ContentItemId,
                CreatedUtc = now,
            });

            if (smtp.Value.Enabled && !string.IsNullOrWhiteSpace(user.Email))
            {
                var email = await templates.RenderAsync(subject, body, Values(notice, user, title, url, zone));
                db.Add(new OutboxMessageRecord
                {
                    To = user.Email,
                    Subject = email.Subject,
                    HtmlBody = email.HtmlBody,
                    TextBody = email.TextBody,
                    CreatedUtc = now,
                    NextAttemptUtc = now,
                });
            }
        }
    }

    private Dictionary<string, string?> Values(TransitionNotice notice, UserSummary recipient, string title, string url, SiteTimeZone zone) => new()
    {
        ["RecipientName"] = recipient.UserName,
        ["Actor"] = notice.Actor,
        ["Transition"] = notice.Transition.Name,
        ["TransitionLabel"] = notice.Transition.DisplayLabel,
        ["ItemTitle"] = title,
        ["ContentType"] = notice.Item.ContentType,
        ["ContentItemId"] = notice.Item.ContentItemId,
        ["FromState"] = notice.Definition.StateLabel(notice.From),
        ["ToState"] = notice.Definition.StateLabel(notice.To),
        ["Comment"] = notice.Comment,
        // On Durham's clock with the zone named ("2027-03-14 03:30 EDT"): templates print it as it is.
        ["PublishAt"] = notice.Request.PublishAtUtc is { } publishAt ? zone.Stamp(publishAt) : null,
        ["UnpublishAt"] = notice.Request.UnpublishAtUtc is { } unpublishAt ? zone.Stamp(unpublishAt) : null,
        ["Url"] = LinkBase() + url,
    };

    private string LinkBase() =>
        (string.IsNullOrWhiteSpace(smtp.Value.LinkBaseUrl) ? configuration["DurhamCms:PublicBaseUrl"] : smtp.Value.LinkBaseUrl)?.TrimEnd('/') ?? "";

    private async Task<List<UserSummary>> RecipientsAsync(TransitionNotice notice)
    {
        var found = new Dictionary<string, UserSummary>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in notice.Transition.Notify)
        {
            if (string.Equals(target, NotifyTargets.Reviewers, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var reviewer in await ReviewersAsync(notice.Definition, notice.Item.ContentType))
                {
                    found.TryAdd(reviewer.UserName, reviewer);
                }
            }
            else if (string.Equals(target, NotifyTargets.Submitter, StringComparison.OrdinalIgnoreCase))
            {
                await AddAsync(found, notice.Record.SubmittedBy is { } name ? await users.FindByNameAsync(name) : null);
            }
            else if (string.Equals(target, NotifyTargets.Owner, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(notice.Item.Owner))
            {
                await AddAsync(found, await users.FindByIdAsync(notice.Item.Owner) ?? await users.FindByNameAsync(notice.Item.Owner));
            }
        }

        return found.Values.Where(u => !string.Equals(u.UserName, notice.Actor, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static Task AddAsync(Dictionary<string, UserSummary> found, UserSummary? user)
    {
        if (user is { IsEnabled: true })
        {
            found.TryAdd(user.UserName, user);
        }

        return Task.CompletedTask;
    }

    /// <summary>Enabled users holding the review permission for the type, through any of their roles.</summary>
    private async Task<List<UserSummary>> ReviewersAsync(EditorialWorkflowDefinition definition, string contentType)
    {
        var reviewers = new List<UserSummary>();
        foreach (var user in await users.ListAsync(enabledOnly: true))
        {
            var principal = await users.PrincipalOfAsync(user);
            if (await authorizer.MayReviewAsync(principal, definition, contentType))
            {
                reviewers.Add(user);
            }
        }

        return reviewers;
    }
}
