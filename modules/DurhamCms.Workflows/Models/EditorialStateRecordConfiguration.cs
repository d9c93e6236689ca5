using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Workflows.Models;

/// <summary>Each item's current editorial state, one row per item.</summary>
public sealed class EditorialStateRecordConfiguration : IEntityTypeConfiguration<EditorialStateRecord>
{
    public void Configure(EntityTypeBuilder<EditorialStateRecord> builder)
    {
        builder.HasKey(x => x.ContentItemId);
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(x => x.State).HasMaxLength(64).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.ApprovedContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.ReviewedContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.ChangedBy).HasMaxLength(256);
        builder.Property(x => x.SubmittedBy).HasMaxLength(256);
        builder.Property(x => x.LastCommentBy).HasMaxLength(256);
        builder.Property(x => x.Stamp).IsConcurrencyToken();
        builder.HasIndex(x => new { x.State, x.ChangedUtc });
    }
}
