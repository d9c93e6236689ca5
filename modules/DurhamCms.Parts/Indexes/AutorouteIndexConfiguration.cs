using DurhamCms.Parts.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Parts.Indexes;

/// <summary>The route path index: one row per routed version, looked up by normalized path.</summary>
public sealed class AutorouteIndexConfiguration : IEntityTypeConfiguration<AutorouteIndex>
{
    public void Configure(EntityTypeBuilder<AutorouteIndex> builder)
    {
        builder.Property(x => x.Path).HasMaxLength(AutoroutePaths.MaxLength).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.NormalizedPath).HasMaxLength(AutoroutePaths.MaxLength).IsRequired();
        builder.HasIndex(x => new { x.NormalizedPath, x.Published });
        builder.HasIndex(x => new { x.ContentItemId, x.Published });
    }
}
