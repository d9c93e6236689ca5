using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Display;
using DurhamCms.Localization.Services;
using DurhamCms.Notifications;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Subscriptions.Sending;

/// <summary>
/// Puts subscribers' emails in the outbox: one per Immediate subscriber and published update, and
/// one digest a day per Daily subscriber. Every email has a deduplication key, so running any of
/// this twice (two nodes, the sweep after the publish's own fan-out, a retry) queues nothing more.
/// </summary>
public sealed class SubscriptionMailer(
    DurhamDbContext db,
    ISubscriptionStore subscriptions,
    IEmailOutbox outbox,
    SubscriptionEmailComposer composer,
    SubscriptionLinks links,
    IContentManager content,
    LocalizedContentQuery translations,
    IEnumerable<IContentRouteResolver> routes,
    IOptions<SubscriptionSendingOptions> options,
    ILocalClock localClock,
    HeldSubscriberEmails held,
    TimeProvider clock)
{
    private static readonly string[] Cultures = [SubscriptionCultures.English, SubscriptionCultures.Spanish];

    /// <summary>Queues the update's email to every Immediate subscriber in scope; returns how many were new in the outbox.</summary>
    public async Task<int> SendImmediateAsync(long updateId, CancellationToken cancellationToken)
    {
        if (!outbox.Enabled || await db.Set<PublishedUpdateRecord>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken) is not { } update)
        {
            return 0;
        }

        var recipients = new List<SubscriptionRecord>();
        foreach (var culture in Cultures)
        {
            recipients.AddRange(await subscriptions.ConfirmedForAsync(update.PriorityContentItemId, update.InitiativeContentItemId, culture, SubscriptionFrequencies.Immediate, cancellationToken));
        }

        if (recipients.Count > 0 && !CanLink())
        {
            // Not fanned out: the sweep takes it up again once the address is set. Nothing is lost.
            return 0;
        }

        var shown = new Dictionary<string, UpdateForEmail>(StringComparer.Ordinal);
        var emails = new List<OutgoingEmail>(recipients.Count);
        foreach (var subscription in recipients)
        {
            var inLanguage = shown.TryGetValue(subscription.Culture, out var known) ? known : shown[subscription.Culture] = await ForEmailAsync(update, subscription.Culture);
            emails.Add(composer.Update(subscription, inLanguage));
        }

        // A few batched INSERTs, not one per subscriber; the keys still drop what another node or a retry queued.
        var queued = await outbox.EnqueueManyAsync(emails, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<PublishedUpdateRecord>().Where(u => u.Id == updateId && u.FannedOutUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FannedOutUtc, now), cancellationToken);
        return queued;
    }

    /// <summary>
    /// Refreshes whether this node holds subscribers' emails for want of a public address (the
    /// sweep asks each round, so /health stops saying so once the address is set or nobody waits).
    /// </summary>
    public async Task CheckHeldAsync(CancellationToken cancellationToken)
    {
        if (links.ConfiguredBase is not null || !await db.Set<SubscriptionRecord>().AnyAsync(s => s.ConfirmedUtc != null, cancellationToken))
        {
            held.Release();
        }
        else
        {
            held.Hold();
        }
    }

    /// <summary>Updates whose publish did not get to queue their emails (the node stopped first).</summary>
    public async Task<int> SendMissedAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.FanOutGraceMinutes);
        var missed = await db.Set<PublishedUpdateRecord>().AsNoTracking()
            .Where(u => u.FannedOutUtc == null && u.PublishedUtc <= before)
            .OrderBy(u => u.Id).Select(u => u.Id).Take(100).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var id in missed)
        {
            queued += await SendImmediateAsync(id, cancellationToken);
        }

        return queued;
    }

    /// <summary>
    /// From <see cref="SubscriptionSendingOptions.DigestHour"/> in the site's time zone (Durham's), every Daily subscriber
    /// due a digest gets one with what was published in their scope since their last (none when
    /// nothing was). One per address: an address following the plan and an initiative daily gets one.
    /// </summary>
    public async Task<int> SendDigestsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var local = (await localClock.GetTimeZoneAsync()).ToLocal(now);
        if (!outbox.Enabled || local.Hour < options.Value.DigestHour)
        {
            return 0;
        }

        var due = await subscriptions.DueForDigestAsync(now, cancellationToken);
        if (due.Count > 0 && !CanLink())
        {
            // Left due: the next sweep with the address set sends each digest, covering the whole wait.
            return 0;
        }

        var today = DateOnly.FromDateTime(local.DateTime);
        var cutoff = now.AddMinutes(-options.Value.FanOutGraceMinutes);
        var queued = 0;
        var shown = new Dictionary<(long, string), UpdateForEmail>();
        foreach (var address in due.GroupBy(s => s.Email, StringComparer.Ordinal))
        {
            var first = address.OrderBy(s => s.Id).First();
            var updates = new List<UpdateForEmail>();
            foreach (var update in await UpdatesForAsync(address.ToList(), cutoff.UtcDateTime, cancellationToken))
            {
                updates.Add(shown.TryGetValue((update.Id, first.Culture), out var known) ? known : shown[(update.Id, first.Culture)] = await ForEmailAsync(update, first.Culture));
            }

            if (updates.Count > 0 && await outbox.EnqueueAsync(composer.Digest(first, updates, today), cancellationToken) == EmailQueueResult.Queued)
            {
                queued++;
            }

            foreach (var subscription in address)
            {
                await subscriptions.MarkDigestSentAsync(subscription.Id, cutoff, cancellationToken);
            }
        }

        return queued;
    }

    /// <summary>
    /// What was published after each subscription's last digest (or its confirmation) up to
    /// <paramref name="cutoffUtc"/>, in its scope, oldest first. The last digest is recorded as its
    /// cutoff, so consecutive digests cover adjoining windows.
    /// </summary>
    private async Task<List<PublishedUpdateRecord>> UpdatesForAsync(List<SubscriptionRecord> address, DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var since = address.Min(s => s.LastDigestUtc ?? s.ConfirmedUtc ?? cutoffUtc.AddDays(-1));
        var candidates = await db.Set<PublishedUpdateRecord>().AsNoTracking()
            .Where(u => u.PublishedUtc > since && u.PublishedUtc <= cutoffUtc)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);
        return candidates.Where(u => address.Any(s => u.PublishedUtc > (s.LastDigestUtc ?? s.ConfirmedUtc ?? since) && InScope(s, u))).ToList();
    }

    /// <summary>
    /// Subscribers' emails are built outside any resident's request (after a publish's commit, in the
    /// sweep), so their links take the configured address only, never the Host of whoever published
    /// (an internal admin address, or a forged one). Without it they are held.
    /// </summary>
    private bool CanLink()
    {
        if (links.ConfiguredBase is null)
        {
            held.Hold();
            return false;
        }

        held.Release();
        return true;
    }

    private static bool InScope(SubscriptionRecord subscription, PublishedUpdateRecord update) => subscription.Scope switch
    {
        SubscriptionScopes.Plan => true,
        SubscriptionScopes.Priority => subscription.ContentItemId == update.PriorityContentItemId,
        SubscriptionScopes.Initiative => subscription.ContentItemId == update.InitiativeContentItemId,
        _ => false,
    };

    /// <summary>
    /// The initiative as residents know it ("3.11 Title") and the absolute address of its page, in
    /// <paramref name="culture"/>: the translation's ("/es/iniciativas/3-11-…") when the initiative
    /// has a published one with a page, else the English page, which is still the news; without an
    /// initiative, the home page in that language.
    /// </summary>
    private async Task<UpdateForEmail> ForEmailAsync(PublishedUpdateRecord update, string culture)
    {
        var initiative = update.InitiativeContentItemId is { } id ? await content.GetAsync(id, VersionOptions.Published) : null;
        if (initiative is null)
        {
            return new UpdateForEmail(update, update.Title, links.Page(PublicPaths.For(SubscriptionLinks.Prefix(culture), "/")));
        }

        var (page, path) = (initiative, await routes.First().GetPathAsync(initiative.ContentItemId));
        if (culture != SubscriptionCultures.English
            && await translations.TranslationAsync(initiative, culture) is { } translation
            && await routes.First().GetPathAsync(translation.ContentItemId) is { } translatedPath)
        {
            (page, path) = (translation, translatedPath);
        }

        var label = string.Join(' ', new[] { page.Text(PlanContent.Initiative.Number), page.DisplayText }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new UpdateForEmail(update, label, links.Page("/" + (path ?? "")));
    }
}
