using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Users.Data;

/// <summary>
/// AspNetUsers as IdentityDbContext (schema version 1) mapped it in release 1, column for column:
/// the frozen Initial made the table, IdentitySchemaTests holds this mapping to it. Emails are
/// unique since the module migration 2026-12-01-UniqueEmails.
/// </summary>
public sealed class CmsUserConfiguration : IEntityTypeConfiguration<CmsUser>
{
    public const string Table = "AspNetUsers";
    public const string EmailIndex = "EmailIndex";

    public void Configure(EntityTypeBuilder<CmsUser> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName(EmailIndex).IsUnique();
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(256);
        builder.Property(u => u.Email).HasMaxLength(256);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(256);
        builder.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        builder.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        builder.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        builder.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
    }
}
