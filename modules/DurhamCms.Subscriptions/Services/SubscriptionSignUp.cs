using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Subscriptions.Services;

public enum ConfirmOutcome
{
    /// <summary>The link is good and the subscription is (now) confirmed.</summary>
    Confirmed,

    /// <summary>The link was used before: nothing more to do.</summary>
    AlreadyConfirmed,

    /// <summary>The link is past its <see cref="SubscriptionOptions.ConfirmHours"/>.</summary>
    Expired,

    /// <summary>No pending subscription has this link (mistyped, replaced by a newer email, or swept).</summary>
    Unknown,
}

/// <summary>
/// Signing up, confirming, and a subscriber's own changes. Every decision is a database read or a
/// single statement, nothing is remembered in process, so any node can serve any step.
/// </summary>
public sealed class SubscriptionSignUp(DurhamDbContext db, SubscriberMail mail, IOptions<SubscriptionOptions> options, TimeProvider clock)
{
    /// <summary>
    /// How long an expired pending row is kept: a resident who clicks a day late reads "this link
    /// has expired, sign up again" rather than "this link does not work".
    /// </summary>
    public static readonly TimeSpan ExpiredKeptFor = TimeSpan.FromDays(1);

    private DbSet<SubscriptionRecord> Subscriptions => db.Set<SubscriptionRecord>();

    private TimeSpan ConfirmWindow => TimeSpan.FromHours(Math.Max(1, options.Value.ConfirmHours));

    /// <summary>
    /// Asks <paramref name="email"/> to confirm, or, when it is already confirmed for this target,
    /// mails it its manage link instead. The caller answers the same either way, so the page never
    /// tells a stranger whether an address is subscribed. Frequency and language change only
    /// through a confirmed link, never by someone typing the address again.
    /// </summary>
    public async Task SubscribeAsync(string email, SubscriptionTarget target, string frequency, string culture, CancellationToken cancellationToken = default)
    {
        var address = SubscriberEmail.Normalize(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await Subscriptions.FirstOrDefaultAsync(s => s.Email == address && s.Scope == target.Scope && s.ContentItemId == target.ContentItemId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (existing?.ConfirmedUtc is not null)
        {
            await mail.AddAlreadySubscribedAsync(existing, target, cancellationToken);
        }
        else
        {
            var (token, hash) = SubscriptionTokens.NewConfirmToken();
            var subscription = existing ?? Subscriptions.Add(new SubscriptionRecord { Email = address, Scope = target.Scope, ContentItemId = target.ContentItemId, CreatedUtc = now }).Entity;
            // A second request replaces the first link: only the newest email confirms.
            subscription.TokenHash = hash;
            subscription.ConfirmExpiresUtc = now + ConfirmWindow;
            subscription.Frequency = frequency;
            subscription.Culture = culture;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (existing is null)
            {
                // The same address signed up for the same thing at the same moment (another node, a
                // double click): that request's row and email stand, this one adds nothing (the
                // transaction rolls back as it is disposed).
                db.ChangeTracker.Clear();
                return;
            }

            await mail.AddConfirmationAsync(subscription, token, target, ConfirmWindow, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What the confirmation link would do, without doing it (the GET page).</summary>
    public async Task<ConfirmOutcome> CheckAsync(string? token, CancellationToken cancellationToken = default) =>
        Outcome(await FindByConfirmTokenAsync(token, cancellationToken));

    public async Task<(ConfirmOutcome Outcome, SubscriptionRecord? Subscription)> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var subscription = await FindByConfirmTokenAsync(token, cancellationToken);
        var outcome = Outcome(subscription);
        if (outcome == ConfirmOutcome.Confirmed)
        {
            subscription!.ConfirmedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (outcome, subscription);
    }

    /// <summary>Every subscription of <paramref name="email"/>, confirmed first.</summary>
    public async Task<IReadOnlyList<SubscriptionRecord>> ListAsync(string email, CancellationToken cancellationToken = default) =>
        await Subscriptions.AsNoTracking().Where(s => s.Email == email).OrderBy(s => s.ConfirmedUtc == null).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>Ends one subscription of <paramref name="email"/>; true when there was one to end.</summary>
    public async Task<bool> UnsubscribeAsync(string email, long subscriptionId, CancellationToken cancellationToken = default) =>
        await Subscriptions.Where(s => s.Id == subscriptionId && s.Email == email).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task ChangeFrequencyAsync(string email, long subscriptionId, string frequency, CancellationToken cancellationToken = default) =>
        Subscriptions.Where(s => s.Id == subscriptionId && s.Email == email).ExecuteUpdateAsync(u => u.SetProperty(s => s.Frequency, frequency), cancellationToken);

    /// <summary>
    /// "Delete my data": every subscription of the address and every email to it still in the
    /// outbox, in one transaction, so nothing more is sent and no row names the address.
    /// </summary>
    public async Task<int> DeleteEverythingAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await Subscriptions.Where(s => s.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OutboxMessageRecord>().Where(m => m.To == email).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Deletes pending subscriptions whose link expired more than <see cref="ExpiredKeptFor"/> ago.
    /// Idempotent: nodes sweeping together delete each row once.
    /// </summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - ExpiredKeptFor;
        return Subscriptions.Where(s => s.ConfirmedUtc == null && s.ConfirmExpiresUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<SubscriptionRecord?> FindByConfirmTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SubscriptionTokens.LooksLikeConfirmToken(token))
        {
            return null;
        }

        var hash = SubscriptionTokens.Hash(token!);
        return await Subscriptions.FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
    }

    private ConfirmOutcome Outcome(SubscriptionRecord? subscription) =>
        subscription is null ? ConfirmOutcome.Unknown
        : subscription.ConfirmedUtc is not null ? ConfirmOutcome.AlreadyConfirmed
        : subscription.ConfirmExpiresUtc <= clock.GetUtcNow().UtcDateTime ? ConfirmOutcome.Expired
        : ConfirmOutcome.Confirmed;
}
