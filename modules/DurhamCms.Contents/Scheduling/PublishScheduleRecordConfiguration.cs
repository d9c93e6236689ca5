using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Contents.Scheduling;

/// <summary>Scheduled publishes and unpublishes, claimed row by row when due.</summary>
public sealed class PublishScheduleRecordConfiguration : IEntityTypeConfiguration<PublishScheduleRecord>
{
    public void Configure(EntityTypeBuilder<PublishScheduleRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.Action).HasMaxLength(16).IsRequired();
        builder.Property(x => x.ScheduledBy).HasMaxLength(256);
        builder.HasIndex(x => new { x.DoneUtc, x.DueUtc });
        builder.HasIndex(x => x.ContentItemId);
    }
}
