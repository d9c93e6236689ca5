using DurhamCms.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>
/// The site's database: content versions, documents, users, and the index tables modules
/// register. The model is the same for every provider; each provider has its own migrations.
/// </summary>
public sealed class DurhamDbContext(DbContextOptions<DurhamDbContext> options, IEnumerable<IContentIndexRegistration> indexes, IEnumerable<IModuleEntityRegistration> entities)
    : IdentityDbContext<CmsUser, CmsRole, string>(options), IAfterCommit
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public IReadOnlyList<IContentIndexRegistration> Indexes { get; } = indexes.ToList();

    public IReadOnlyList<IModuleEntityRegistration> ModuleEntities { get; } = entities.ToList();

    /// <summary>Settled by <see cref="AfterCommitInterceptor"/> when the transaction ends.</summary>
    internal AfterCommitQueue AfterCommit { get; } = new();

    /// <inheritdoc/>
    public Task AfterCommitAsync(Func<Task> work) => AfterCommit.AddAsync(Database.CurrentTransaction?.TransactionId, null, work);

    /// <inheritdoc/>
    public Task AfterCommitOnceAsync(string key, Func<Task> work) => AfterCommit.AddAsync(Database.CurrentTransaction?.TransactionId, key, work);

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
