using DurhamCms.Data;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Workflows.Notifications;

/// <summary>A user's in-app notifications: the bell's count, the list, marking read.</summary>
public sealed class NotificationStore(DurhamDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public Task<int> UnreadCountAsync(string userName) =>
        db.Set<NotificationRecord>().CountAsync(n => n.UserName == userName && n.ReadUtc == null);

    public async Task<IReadOnlyList<NotificationRecord>> LatestAsync(string userName) =>
        await db.Set<NotificationRecord>().AsNoTracking()
            .Where(n => n.UserName == userName)
            .OrderByDescending(n => n.Id)
            .Take(PageSize)
            .ToListAsync();

    public Task<int> MarkReadAsync(string userName, long? upToId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<NotificationRecord>()
            .Where(n => n.UserName == userName && n.ReadUtc == null && (upToId == null || n.Id <= upToId))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now));
    }
}
