using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Tests.Upgrade.TestModules.Bookmarks;

public sealed class ResidentBookmarkConfiguration : IEntityTypeConfiguration<ResidentBookmark>
{
    public void Configure(EntityTypeBuilder<ResidentBookmark> builder)
    {
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.HasIndex(x => x.ContentItemId);
    }
}
