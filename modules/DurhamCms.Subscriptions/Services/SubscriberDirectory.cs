using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Subscriptions.Services;

/// <summary>Subscribers per scope, confirmed and pending, for the admin page.</summary>
public sealed record ScopeCount(string Scope, int Confirmed, int Pending);

/// <summary>The admin's view of subscribers: counts, a page of addresses, removal.</summary>
public sealed class SubscriberDirectory(DurhamDbContext db)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<ScopeCount>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<SubscriptionRecord>()
            .GroupBy(s => new { s.Scope, Confirmed = s.ConfirmedUtc != null })
            .Select(g => new { g.Key.Scope, g.Key.Confirmed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return SubscriptionScopes.All
            .Select(scope => new ScopeCount(
                scope,
                rows.Where(r => r.Scope == scope && r.Confirmed).Sum(r => r.Count),
                rows.Where(r => r.Scope == scope && !r.Confirmed).Sum(r => r.Count)))
            .ToList();
    }

    /// <summary>Page <paramref name="page"/> (from 1) by address, and the total.</summary>
    public async Task<(IReadOnlyList<SubscriptionRecord> Rows, int Total)> PageAsync(int page, CancellationToken cancellationToken = default)
    {
        var query = db.Set<SubscriptionRecord>().AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(s => s.Email).ThenBy(s => s.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>Removes one subscription; the removed row, or null when it was already gone.</summary>
    public async Task<SubscriptionRecord?> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<SubscriptionRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is not null)
        {
            await db.Set<SubscriptionRecord>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        }

        return row;
    }
}
