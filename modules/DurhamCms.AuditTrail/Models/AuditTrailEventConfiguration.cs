using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.AuditTrail.Models;

/// <summary>The AuditTrailEvent table: indexed for the audit page's filters, newest first.</summary>
public sealed class AuditTrailEventConfiguration : IEntityTypeConfiguration<AuditTrailEvent>
{
    public void Configure(EntityTypeBuilder<AuditTrailEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Category).HasMaxLength(AuditTrailEvent.NameLength).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(AuditTrailEvent.NameLength).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(AuditTrailEvent.UserLength);
        builder.Property(e => e.UserId).HasMaxLength(AuditTrailEvent.UserLength);
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditTrailEvent.AddressLength);
        builder.Property(e => e.ContentItemId).HasMaxLength(AuditTrailEvent.IdLength);
        builder.Property(e => e.ContentItemVersionId).HasMaxLength(AuditTrailEvent.IdLength);
        builder.Property(e => e.ContentType).HasMaxLength(AuditTrailEvent.TypeLength);
        builder.Property(e => e.DisplayText).HasMaxLength(AuditTrailEvent.DisplayTextLength);
        builder.HasIndex(e => e.CreatedUtc);
        builder.HasIndex(e => new { e.ContentItemId, e.Id });
        builder.HasIndex(e => new { e.UserName, e.Id });
        builder.HasIndex(e => new { e.Name, e.Id });
    }
}
