using DurhamCms.Cluster;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>
/// The site's database: content versions, documents, and the index tables and entities modules
/// register (the Users module's Identity tables among them). The model is the same for every provider; each provider has its own migrations.
/// </summary>
public sealed class DurhamDbContext(DbContextOptions<DurhamDbContext> options, IEnumerable<IContentIndexRegistration> indexes, IEnumerable<IModuleEntityRegistration> entities)
    : DbContext(options), IAfterCommit, IDataProtectionKeyContext
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    /// <summary>The data-protection key ring, shared by every node on PostgreSQL (a SQLite site keeps its folder).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ClusterNodeRecord> ClusterNodes => Set<ClusterNodeRecord>();

    public IReadOnlyList<IContentIndexRegistration> Indexes { get; } = indexes.ToList();

    public IReadOnlyList<IModuleEntityRegistration> ModuleEntities { get; } = entities.ToList();

    /// <summary>Settled by <see cref="AfterCommitInterceptor"/> when the transaction ends.</summary>
    internal AfterCommitQueue AfterCommit { get; } = new();

    /// <inheritdoc/>
    public Task AfterCommitAsync(Func<Task> work) => AfterCommit.AddAsync(Database.CurrentTransaction?.TransactionId, null, work);

    /// <inheritdoc/>
    public Task AfterCommitOnceAsync(string key, Func<Task> work) => AfterCommit.AddAsync(Database.CurrentTransaction?.TransactionId, key, work);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ContentItemRecordConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ClusterNodeRecordConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        foreach (var index in Indexes)
        {
            index.Configure(modelBuilder);
        }

        foreach (var entity in ModuleEntities)
        {
            entity.Configure(modelBuilder);
        }
    }
}
