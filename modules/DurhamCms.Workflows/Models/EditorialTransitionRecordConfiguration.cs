using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Workflows.Models;

/// <summary>Every transition taken, with who took it.</summary>
public sealed class EditorialTransitionRecordConfiguration : IEntityTypeConfiguration<EditorialTransitionRecord>
{
    public void Configure(EntityTypeBuilder<EditorialTransitionRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.Transition).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Label).HasMaxLength(256).IsRequired();
        builder.Property(x => x.FromState).HasMaxLength(64).IsRequired();
        builder.Property(x => x.ToState).HasMaxLength(64).IsRequired();
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.HasIndex(x => x.ContentItemId);
    }
}
