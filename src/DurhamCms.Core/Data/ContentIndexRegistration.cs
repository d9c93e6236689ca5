using DurhamCms.ContentManagement;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>An index table a module adds: its EF mapping and how its rows are rewritten for one version.</summary>
public interface IContentIndexRegistration
{
    Type IndexType { get; }

    void Configure(ModelBuilder modelBuilder);

    Task RewriteAsync(DurhamDbContext db, long documentId, bool isNew, IEnumerable<ContentIndex> rows);
}

internal sealed class ContentIndexRegistration<TIndex>(IEntityTypeConfiguration<TIndex> configuration) : IContentIndexRegistration
    where TIndex : ContentIndex
{
    public Type IndexType => typeof(TIndex);

    public void Configure(ModelBuilder modelBuilder)
    {
        var entity = modelBuilder.Entity<TIndex>();
        entity.ToTable(typeof(TIndex).Name);
        entity.HasKey(x => x.Id);
        entity.Property(x => x.ContentItemId).HasMaxLength(26);
        entity.HasIndex(x => x.DocumentId);
        entity.HasOne<ContentItemRecord>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        configuration.Configure(entity);
    }

    public async Task RewriteAsync(DurhamDbContext db, long documentId, bool isNew, IEnumerable<ContentIndex> rows)
    {
        var set = db.Set<TIndex>();
        if (!isNew)
        {
            await set.Where(x => x.DocumentId == documentId).ExecuteDeleteAsync();
        }

        foreach (var row in rows.Cast<TIndex>())
        {
            row.Id = 0;
            row.DocumentId = documentId;
            set.Add(row);
        }
    }
}
