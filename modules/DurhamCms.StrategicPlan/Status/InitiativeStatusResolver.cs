using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Status;

/// <summary>
/// The one rule for an initiative's status (README, "An initiative's status"): the status of its
/// latest published status update that states one, else the initiative's own Status field.
/// "Latest" is the order the initiative page lists updates in: by reporting period, then by when
/// the update was written. Every page, feed, facet and admin list asks here, so they cannot disagree.
/// </summary>
public sealed class InitiativeStatusResolver(DurhamDbContext db)
{
    /// <summary>The rule for one initiative whose latest update is already in hand.</summary>
    public static string? Resolve(string? latestUpdateStatus, string? ownStatus) => Stated(latestUpdateStatus) ?? Stated(ownStatus);

    /// <summary>Status updates, latest first (the initiative page and the rule share this order).</summary>
    public static IOrderedQueryable<StatusUpdateIndex> LatestFirst(IQueryable<StatusUpdateIndex> updates) =>
        updates.OrderByDescending(u => u.PeriodSortKey).ThenByDescending(u => u.CreatedUtc).ThenByDescending(u => u.Id);

    /// <summary>
    /// Each initiative row with its status by the rule, in the same query: a correlated subquery on
    /// the update index's (InitiativeContentItemId, Published) index, so lists stay one round trip
    /// and nothing has to be kept in step when an update is published or withdrawn.
    /// </summary>
    public IQueryable<ResolvedInitiative> Resolve(IQueryable<InitiativeIndex> initiatives) =>
        initiatives.Select(i => new ResolvedInitiative
        {
            Index = i,
            Status = db.Set<StatusUpdateIndex>()
                    .Where(u => u.Published && u.InitiativeContentItemId == i.ContentItemId && u.Status != null && u.Status != "")
                    .OrderByDescending(u => u.PeriodSortKey).ThenByDescending(u => u.CreatedUtc).ThenByDescending(u => u.Id)
                    .Select(u => u.Status)
                    .FirstOrDefault()
                ?? (i.Status == "" ? null : i.Status),
        });

    /// <summary>Resolved statuses of some initiatives, by id; versions as <paramref name="latest"/> says (the admin lists latest versions).</summary>
    public async Task<IReadOnlyDictionary<string, string?>> StatusesAsync(IReadOnlyCollection<string> initiativeIds, bool latest, CancellationToken ct = default)
    {
        var ids = initiativeIds.ToList();
        var rows = await Resolve(db.Set<InitiativeIndex>().AsNoTracking().Where(x => (latest ? x.Latest : x.Published) && ids.Contains(x.ContentItemId)))
            .Select(r => new { r.Index.ContentItemId, r.Status })
            .ToListAsync(ct);
        return rows.DistinctBy(r => r.ContentItemId).ToDictionary(r => r.ContentItemId, r => r.Status, StringComparer.Ordinal);
    }

    private static string? Stated(string? status) => string.IsNullOrWhiteSpace(status) ? null : status.Trim();
}

/// <summary>An initiative's index row and its status by the rule. A class with setters: EF composes member-init projections.</summary>
public sealed class ResolvedInitiative
{
    public InitiativeIndex Index { get; init; } = null!;

    public string? Status { get; init; }
}
