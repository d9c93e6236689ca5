using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>
/// A table a module keeps beside content (an indexing task log, an audit trail, an outbox):
/// mapped into the site's one DbContext so the module's rows commit in the same transaction as
/// the content they follow. The table itself comes from the module's own migration
/// (<see cref="Migrations.ModuleMigration"/>), or from the frozen baseline for release-1 tables.
/// </summary>
public interface IModuleEntityRegistration
{
    Type EntityType { get; }

    void Configure(ModelBuilder modelBuilder);
}

internal sealed class ModuleEntityRegistration<TEntity>(IEntityTypeConfiguration<TEntity> configuration) : IModuleEntityRegistration
    where TEntity : class
{
    public Type EntityType => typeof(TEntity);

    public void Configure(ModelBuilder modelBuilder)
    {
        var entity = modelBuilder.Entity<TEntity>();
        entity.ToTable(typeof(TEntity).Name);
        configuration.Configure(entity);
    }
}
