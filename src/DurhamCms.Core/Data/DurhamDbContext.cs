using DurhamCms.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>
/// The site's database: content versions, documents, users, and the index tables modules
/// register. The model is the same for every provider; each provider has its own migrations.
/// </summary>
public sealed class DurhamDbContext(DbContextOptions<DurhamDbContext> options, IEnumerable<IContentIndexRegistration> indexes, IEnumerable<IModuleEntityRegistration> entities)
    : IdentityDbContext<CmsUser, CmsRole, string>(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    private readonly List<Func<Task>> _afterCommit = [];

    public IReadOnlyList<IContentIndexRegistration> Indexes { get; } = indexes.ToList();

    public IReadOnlyList<IModuleEntityRegistration> ModuleEntities { get; } = entities.ToList();

    /// <summary>
    /// Work that must only happen once the current transaction has committed (evicting cached
    /// pages, waking an indexer): run at once when no transaction is open, dropped on rollback.
    /// </summary>
    public async Task AfterCommitAsync(Func<Task> work)
    {
        if (Database.CurrentTransaction is null)
        {
            await work();
        }
        else
        {
            _afterCommit.Add(work);
        }
    }

    /// <summary>Called by whoever commits the outermost transaction.</summary>
    public async Task CommittedAsync()
    {
        var work = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var item in work)
        {
            await item();
        }
    }

    /// <summary>Called by whoever rolls the outermost transaction back.</summary>
    public void RolledBack() => _afterCommit.Clear();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ContentItemRecordConfiguration());
        builder.ApplyConfiguration(new DocumentRecordConfiguration());
        foreach (var index in Indexes)
        {
            index.Configure(builder);
        }

        foreach (var entity in ModuleEntities)
        {
            entity.Configure(builder);
        }
    }
}
