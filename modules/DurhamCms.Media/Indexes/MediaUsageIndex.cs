using DurhamCms.ContentManagement;
using DurhamCms.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Media.Indexes;

/// <summary>A library file a content version uses: in a MediaField, or linked from rich text as /media/{path}.</summary>
public sealed class MediaUsageIndex : ContentIndex
{
    public string Path { get; set; } = "";
}

public sealed class MediaUsageIndexConfiguration : IEntityTypeConfiguration<MediaUsageIndex>
{
    public void Configure(EntityTypeBuilder<MediaUsageIndex> builder)
    {
        builder.Property(x => x.Path).HasMaxLength(MediaItem.PathLength).IsRequired();
        builder.HasIndex(x => x.Path);
    }
}
