using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Workflows.Models;

/// <summary>Email waiting to be sent, retried until sent or given up.</summary>
public sealed class OutboxMessageRecordConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.To).HasMaxLength(320).IsRequired();
        builder.Property(x => x.Subject).HasMaxLength(998).IsRequired();
        builder.HasIndex(x => new { x.SentUtc, x.GivenUp, x.NextAttemptUtc });
    }
}
