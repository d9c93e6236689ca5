using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Search.Models;

/// <summary>The indexing task log: an ever-growing id each node reads forward from.</summary>
public sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
    }
}
