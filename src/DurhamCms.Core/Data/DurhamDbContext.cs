using DurhamCms.Cluster;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

#pragma warning disable EF1001 // IQueryCompiler: see FlushingQueryCompiler.

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

    /// <summary>
    /// True from a transaction's start until it commits, rolls back or fails, as <see cref="AfterCommitInterceptor"/>
    /// saw it; a transaction disposed unended leaves it true (the cautious answer for its readers). Unlike
    /// <c>Database.CurrentTransaction</c> it does not make EF build its services for a context that has not
    /// been used: a page served from kept reads never needs them.
    /// </summary>
    internal bool TransactionSeen { get; set; }

    /// <summary>Settled by <see cref="AfterCommitInterceptor"/> when the transaction ends.</summary>
    internal AfterCommitQueue AfterCommit { get; } = new();

    /// <inheritdoc/>
    public Task AfterCommitAsync(Func<Task> work) => AfterCommit.AddAsync(Database.CurrentTransaction?.TransactionId, null, work);

    /// <inheritdoc/>
    public Task AfterCommitOnceAsync(string key, Func<Task> work) => AfterCommit.AddAsync(Database.CurrentTransaction?.TransactionId, key, work);

    private int _deferring;
    private bool? _flushesBeforeQueries;

    /// <summary>Inserts added while writes were deferred and not yet saved.</summary>
    internal bool HasDeferredWrites { get; private set; }

    /// <summary>True inside <see cref="DeferWrites"/>: a new version's rows may wait for the next save.</summary>
    internal bool WritesDeferred => _deferring > 0;

    /// <summary>
    /// Lets a bulk import save many new versions at once instead of one by one. Deferred rows are
    /// written before the next LINQ query on this context (<see cref="FlushingQueryCompiler"/>),
    /// so every read, a handler's uniqueness check among them, sees them; the caller saves the
    /// rest before it commits. Ending the scope stops deferring and writes nothing itself: after a
    /// failure the caller rolls back instead. Raw SQL and EF's precompiled queries
    /// (<c>EF.CompileAsyncQuery</c>) do not pass the compiler: a handler that reads with them during
    /// an import calls <see cref="FlushDeferredWritesAsync"/> first.
    /// </summary>
    internal IDisposable DeferWrites()
    {
        // A context built without the flushing compiler (options of a caller's own) saves as it goes.
        _flushesBeforeQueries ??= this.GetService<Microsoft.EntityFrameworkCore.Query.Internal.IQueryCompiler>() is FlushingQueryCompiler;
        if (_flushesBeforeQueries != true)
        {
            return NoDeferral.Instance;
        }

        _deferring++;
        return new DeferScope(this);
    }

    /// <summary>Called by the content store when it added a version's rows without saving them.</summary>
    internal void DeferredWrite() => HasDeferredWrites = true;

    internal void FlushDeferredWrites()
    {
        if (HasDeferredWrites)
        {
            HasDeferredWrites = false;
            SaveChanges();
        }
    }

    /// <summary>Writes what a bulk import deferred; a read that does not go through LINQ calls this first.</summary>
    public async Task FlushDeferredWritesAsync(CancellationToken cancellationToken = default)
    {
        if (HasDeferredWrites)
        {
            HasDeferredWrites = false;
            await SaveChangesAsync(cancellationToken);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        HasDeferredWrites = false;
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        HasDeferredWrites = false;
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private sealed class NoDeferral : IDisposable
    {
        public static readonly NoDeferral Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class DeferScope(DurhamDbContext db) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                db._deferring--;
            }
        }
    }

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
