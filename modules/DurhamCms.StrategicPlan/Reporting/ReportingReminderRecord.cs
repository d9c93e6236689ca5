using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// A reminder sent: one row per item, period and rule, claimed by inserting it. The unique key is
/// what makes a reminder go once even when several nodes sweep at the same moment: the second
/// insert fails and that node sends nothing.
/// </summary>
public sealed class ReportingReminderRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";

    /// <summary>"2024-11", "FY2025 Q2".</summary>
    public string Period { get; set; } = "";

    /// <summary>"before", "due", "overdue-1", "overdue-2"..., "escalated".</summary>
    public string Rule { get; set; } = "";

    public DateTime SentUtc { get; set; }
}

/// <summary>Sizes as in <see cref="Migrations.CreateReportingReminderRecord"/>.</summary>
public sealed class ReportingReminderRecordConfiguration : IEntityTypeConfiguration<ReportingReminderRecord>
{
    public void Configure(EntityTypeBuilder<ReportingReminderRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26);
        builder.Property(x => x.Period).HasMaxLength(16);
        builder.Property(x => x.Rule).HasMaxLength(32);
        builder.HasIndex(x => new { x.ContentItemId, x.Period, x.Rule }).IsUnique();
    }
}
