using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Workflows.Models;

/// <summary>The column sizes, shared by the model, the migration and the outbox's checks.</summary>
public static class OutboxLimits
{
    public const int DeduplicationKey = 200;

    /// <summary>A URL with a protected token comes to a few hundred characters; header lines fold, but keep it sane.</summary>
    public const int ListUnsubscribe = 2000;

    public const int ListUnsubscribePost = 100;
}

/// <summary>Email waiting to be sent, retried until sent or given up.</summary>
public sealed class OutboxMessageRecordConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.To).HasMaxLength(320).IsRequired();
        builder.Property(x => x.Subject).HasMaxLength(998).IsRequired();
        builder.HasIndex(x => new { x.SentUtc, x.GivenUp, x.NextAttemptUtc });
        builder.Property(x => x.DeduplicationKey).HasMaxLength(OutboxLimits.DeduplicationKey);
        builder.Property(x => x.ListUnsubscribe).HasMaxLength(OutboxLimits.ListUnsubscribe);
        builder.Property(x => x.ListUnsubscribePost).HasMaxLength(OutboxLimits.ListUnsubscribePost);

        // Both providers let many rows hold NULL under a unique index: only keyed emails are deduplicated.
        builder.HasIndex(x => x.DeduplicationKey).IsUnique();
    }
}
