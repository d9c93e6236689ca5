using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Media.Models;

public sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Path).HasMaxLength(MediaItem.PathLength).IsRequired();
        builder.Property(x => x.Folder).HasMaxLength(MediaItem.PathLength).IsRequired();
        builder.Property(x => x.Name).HasMaxLength(255).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(x => x.Hash).HasMaxLength(64).IsRequired();
        builder.Property(x => x.OwnerId).HasMaxLength(450);
        builder.Property(x => x.OwnerName).HasMaxLength(256);
        builder.Ignore(x => x.IsImage);
        builder.HasIndex(x => x.Path).IsUnique();
        builder.HasIndex(x => x.Folder);
    }
}
