using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Workflows.Models;

/// <summary>In-app notifications, read per user.</summary>
public sealed class NotificationRecordConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        builder.Property(x => x.Message).HasMaxLength(1024).IsRequired();
        builder.Property(x => x.Url).HasMaxLength(512);
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.HasIndex(x => new { x.UserName, x.ReadUtc });
    }
}
