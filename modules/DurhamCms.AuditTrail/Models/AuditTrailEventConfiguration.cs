using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.AuditTrail.Models;

/// <summary>The AuditTrailEvent table: indexed for the audit page's filters, newest first.</summary>
public static class AuditTrailEventConfiguration
{
    public static void Configure(EntityTypeBuilder<AuditTrailEvent> entity)
    {
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Category).HasMaxLength(AuditTrailEvent.NameLength).IsRequired();
        entity.Property(e => e.Name).HasMaxLength(AuditTrailEvent.NameLength).IsRequired();
        entity.Property(e => e.UserName).HasMaxLength(AuditTrailEvent.UserLength);
        entity.Property(e => e.UserId).HasMaxLength(AuditTrailEvent.UserLength);
        entity.Property(e => e.ClientAddress).HasMaxLength(AuditTrailEvent.AddressLength);
        entity.Property(e => e.ContentItemId).HasMaxLength(AuditTrailEvent.IdLength);
        entity.Property(e => e.ContentItemVersionId).HasMaxLength(AuditTrailEvent.IdLength);
        entity.Property(e => e.ContentType).HasMaxLength(AuditTrailEvent.TypeLength);
        entity.Property(e => e.DisplayText).HasMaxLength(AuditTrailEvent.DisplayTextLength);
        entity.HasIndex(e => e.CreatedUtc);
        entity.HasIndex(e => new { e.ContentItemId, e.Id });
        entity.HasIndex(e => new { e.UserName, e.Id });
        entity.HasIndex(e => new { e.Name, e.Id });
    }
}
