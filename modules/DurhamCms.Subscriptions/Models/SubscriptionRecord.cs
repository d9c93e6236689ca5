using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Subscriptions.Models;

/// <summary>
/// One resident's subscription to the whole plan, one priority or one initiative. Pending until
/// confirmed (<see cref="ConfirmedUtc"/> null); a pending row past <see cref="ConfirmExpiresUtc"/>
/// is deleted by the sweep. The confirmation token is kept only as its SHA-256 hash.
/// </summary>
public sealed class SubscriptionRecord
{
    public long Id { get; set; }

    /// <summary>Trimmed and lower-cased (<see cref="Services.SubscriberEmail.Normalize"/>), at most 254 characters.</summary>
    public string Email { get; set; } = "";

    /// <summary><see cref="SubscriptionScopes"/>.</summary>
    public string Scope { get; set; } = SubscriptionScopes.Plan;

    /// <summary>The priority or initiative; null for the whole plan.</summary>
    public string? ContentItemId { get; set; }

    /// <summary>"en-US" or "es-US": the language of the emails.</summary>
    public string Culture { get; set; } = SubscriptionCultures.English;

    /// <summary><see cref="SubscriptionFrequencies"/>.</summary>
    public string Frequency { get; set; } = SubscriptionFrequencies.Immediate;

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ConfirmExpiresUtc { get; set; }

    /// <summary>Base64url SHA-256 of the confirmation token, which itself is only ever in the email.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>When the last daily digest went to this subscription (Daily only).</summary>
    public DateTime? LastDigestUtc { get; set; }
}

/// <summary>Sizes as in <see cref="Migrations.CreateSubscriptionRecord"/>.</summary>
public sealed class SubscriptionRecordConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Email).HasMaxLength(SubscriptionLimits.EmailLength);
        builder.Property(x => x.Scope).HasMaxLength(16);
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.Property(x => x.Culture).HasMaxLength(8);
        builder.Property(x => x.Frequency).HasMaxLength(16);
        builder.Property(x => x.TokenHash).HasMaxLength(64);
        builder.HasIndex(x => new { x.Email, x.Scope, x.ContentItemId }).IsUnique();
        builder.HasIndex(x => new { x.Email, x.Scope }, "IX_SubscriptionRecord_Email_Scope_Plan").IsUnique().HasFilter("\"ContentItemId\" IS NULL");
        builder.HasIndex(x => x.TokenHash).IsUnique();
    }
}
