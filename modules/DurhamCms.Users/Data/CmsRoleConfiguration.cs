using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Users.Data;

/// <summary>AspNetRoles as IdentityDbContext mapped it in release 1, plus our Description column.</summary>
public sealed class CmsRoleConfiguration : IEntityTypeConfiguration<CmsRole>
{
    public void Configure(EntityTypeBuilder<CmsRole> builder)
    {
        builder.ToTable("AspNetRoles");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(r => r.Name).HasMaxLength(256);
        builder.Property(r => r.NormalizedName).HasMaxLength(256);
        builder.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
        builder.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
    }
}
