using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DurhamCms.Data;

/// <summary>
/// EF caches one model per context type for the whole process; the model depends on which
/// modules registered index tables, so the key includes them. Without this, the first site built
/// in a process (a kernel-only test site, say) would decide every later site's tables.
/// </summary>
internal sealed class IndexAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => context is DurhamDbContext db
        ? (context.GetType(), string.Join(',', db.Indexes.Select(i => i.IndexType.FullName).Concat(db.ModuleEntities.Select(e => e.EntityType.FullName)).Order(StringComparer.Ordinal)), designTime)
        : (context.GetType(), "", designTime);
}
