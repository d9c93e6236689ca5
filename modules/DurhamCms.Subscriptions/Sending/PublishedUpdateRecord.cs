using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Subscriptions.Sending;

/// <summary>
/// Something residents hear about: a published status update, or a measure published with new
/// data. Written in the publish's own transaction, so the event is durable even when the node dies
/// before emailing; <see cref="FannedOutUtc"/> is set once every Immediate subscriber's email is in
/// the outbox. Daily digests read these rows.
/// </summary>
public sealed class PublishedUpdateRecord
{
    public const string StatusUpdateKind = "StatusUpdate";
    public const string MeasureKind = "Measure";

    public long Id { get; set; }

    public string Kind { get; set; } = StatusUpdateKind;

    public string ContentItemId { get; set; } = "";

    /// <summary>The published version: one event per version, whatever node or retry records it.</summary>
    public string ContentItemVersionId { get; set; } = "";

    public string? InitiativeContentItemId { get; set; }

    public string? PriorityContentItemId { get; set; }

    /// <summary>The update's or measure's title when published.</summary>
    public string Title { get; set; } = "";

    /// <summary>The reporting period: the update's, or the measure's latest with data.</summary>
    public string? Period { get; set; }

    /// <summary>The status the update reports (status updates only).</summary>
    public string? Status { get; set; }

    public DateTime PublishedUtc { get; set; }

    public DateTime? FannedOutUtc { get; set; }
}

public sealed class PublishedUpdateRecordConfiguration : IEntityTypeConfiguration<PublishedUpdateRecord>
{
    public void Configure(EntityTypeBuilder<PublishedUpdateRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kind).HasMaxLength(16);
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.InitiativeContentItemId).HasMaxLength(26);
        builder.Property(x => x.PriorityContentItemId).HasMaxLength(26);
        builder.Property(x => x.Title).HasMaxLength(PublishedUpdateLimits.Title);
        builder.Property(x => x.Period).HasMaxLength(PublishedUpdateLimits.Period);
        builder.Property(x => x.Status).HasMaxLength(PublishedUpdateLimits.Status);
        builder.HasIndex(x => x.ContentItemVersionId).IsUnique();
        builder.HasIndex(x => x.PublishedUtc);
        builder.HasIndex(x => x.FannedOutUtc);
    }
}

public static class PublishedUpdateLimits
{
    public const int Title = 300;
    public const int Period = 32;
    public const int Status = 64;

    public static string? Cut(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}
