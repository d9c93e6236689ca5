using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Data;

internal sealed class ContentItemRecordConfiguration : IEntityTypeConfiguration<ContentItemRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemRecord> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(x => x.Owner).HasMaxLength(255);
        builder.Property(x => x.Author).HasMaxLength(255);
        builder.Property(x => x.Stamp).IsConcurrencyToken();
        builder.Property(x => x.Content).IsRequired();
        builder.HasIndex(x => x.ContentItemVersionId).IsUnique();
        builder.HasIndex(x => new { x.ContentItemId, x.Latest });
        builder.HasIndex(x => new { x.ContentItemId, x.Published });
        builder.HasIndex(x => new { x.ContentType, x.Published, x.Latest });
        builder.HasIndex(x => new { x.ContentType, x.Published, x.PublishedUtc, x.ModifiedUtc });
    }
}

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(255);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Content).IsRequired();
    }
}
