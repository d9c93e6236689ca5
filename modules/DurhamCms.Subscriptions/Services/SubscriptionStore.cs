using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Subscriptions.Services;

/// <summary>Reads straight from the database on every call: nothing is cached, so every node sees the same subscribers.</summary>
public sealed class SubscriptionStore(DurhamDbContext db) : ISubscriptionStore
{
    /// <summary>
    /// 23 hours, not 24: a sweep that runs at the same hour each day finds yesterday's digest just
    /// old enough, instead of slipping a sweep later every day.
    /// </summary>
    public static readonly TimeSpan DigestInterval = TimeSpan.FromHours(23);

    public async Task<IReadOnlyList<SubscriptionRecord>> ConfirmedForAsync(string? priorityId, string? initiativeId, string culture, string frequency, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<SubscriptionRecord>().AsNoTracking()
            .Where(s => s.ConfirmedUtc != null && s.Culture == culture && s.Frequency == frequency)
            .Where(s => s.Scope == SubscriptionScopes.Plan
                || (priorityId != null && s.Scope == SubscriptionScopes.Priority && s.ContentItemId == priorityId)
                || (initiativeId != null && s.Scope == SubscriptionScopes.Initiative && s.ContentItemId == initiativeId))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);

        return rows
            .GroupBy(s => s.Email, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(s => Specificity(s.Scope)).First())
            .OrderBy(s => s.Id)
            .ToList();
    }

    public async Task<IReadOnlyList<SubscriptionRecord>> DueForDigestAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        var before = nowUtc.UtcDateTime - DigestInterval;
        return await db.Set<SubscriptionRecord>().AsNoTracking()
            .Where(s => s.ConfirmedUtc != null && s.Frequency == SubscriptionFrequencies.Daily)
            .Where(s => s.LastDigestUtc == null || s.LastDigestUtc <= before)
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    public Task MarkDigestSentAsync(long subscriptionId, DateTimeOffset sentUtc, CancellationToken cancellationToken = default)
    {
        var sent = sentUtc.UtcDateTime;
        return db.Set<SubscriptionRecord>()
            .Where(s => s.Id == subscriptionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastDigestUtc, sent), cancellationToken);
    }

    public Task<SubscriptionRecord?> FindAsync(long subscriptionId, CancellationToken cancellationToken = default) =>
        db.Set<SubscriptionRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);

    private static int Specificity(string scope) => scope switch
    {
        SubscriptionScopes.Initiative => 2,
        SubscriptionScopes.Priority => 1,
        _ => 0,
    };
}
