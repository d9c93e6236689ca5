using DurhamCms.Subscriptions.Models;

namespace DurhamCms.Subscriptions.Services;

/// <summary>The subscriptions the sender reads: who hears about what was published, and who is due a digest.</summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Confirmed subscriptions in <paramref name="culture"/> and <paramref name="frequency"/> that
    /// follow the whole plan, the priority <paramref name="priorityId"/> or the initiative
    /// <paramref name="initiativeId"/>: at most one per email address (the most specific), so an
    /// address that follows both the plan and the initiative gets one email per publish event.
    /// </summary>
    Task<IReadOnlyList<SubscriptionRecord>> ConfirmedForAsync(string? priorityId, string? initiativeId, string culture, string frequency, CancellationToken cancellationToken = default);

    /// <summary>
    /// Confirmed Daily subscriptions whose last digest went out more than
    /// <see cref="SubscriptionStore.DigestInterval"/> before <paramref name="nowUtc"/>, or never.
    /// </summary>
    Task<IReadOnlyList<SubscriptionRecord>> DueForDigestAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="subscriptionId"/>'s digest went out at <paramref name="sentUtc"/>. A deleted subscription is ignored.</summary>
    Task MarkDigestSentAsync(long subscriptionId, DateTimeOffset sentUtc, CancellationToken cancellationToken = default);

    /// <summary>The subscription, or null when it was deleted (unsubscribed).</summary>
    Task<SubscriptionRecord?> FindAsync(long subscriptionId, CancellationToken cancellationToken = default);
}
