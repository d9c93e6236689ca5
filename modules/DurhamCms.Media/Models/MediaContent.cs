using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Media.Models;

/// <summary>A file's bytes in the database store (table MediaContent), keyed by store path (a library path, or a resized copy's).</summary>
public sealed class MediaContent
{
    public string Path { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

public sealed class MediaContentConfiguration : IEntityTypeConfiguration<MediaContent>
{
    public void Configure(EntityTypeBuilder<MediaContent> builder)
    {
        builder.HasKey(x => x.Path);
        builder.Property(x => x.Path).HasMaxLength(MediaItem.PathLength + 32);
        builder.Property(x => x.Content).IsRequired();
    }
}
