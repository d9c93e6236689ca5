using DurhamCms.AuditTrail;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// A measure's period is locked once its value is in the published version (approved, where a
/// review workflow governs the type, then published). An Editor unlocks it with a reason, which
/// the audit trail keeps; it locks again when the measure is next published.
/// </summary>
public sealed class PeriodLocks(DurhamDbContext db, IEnumerable<IAuditTrail> audit, TimeProvider clock)
{
    public const string AuditName = "PeriodUnlocked";

    /// <summary>
    /// The lock governs measures in the reporting cycle (those with an owner): their values come
    /// through data entry and review. A measure nobody owns is edited as any content is.
    /// </summary>
    public static bool Governs(ContentItem measure) => ReportingPart.OwnerIds(measure).Count > 0;

    /// <summary>The published values of a measure, by period key ("2024-11").</summary>
    public static IReadOnlyDictionary<string, decimal> PublishedValues(ContentItem? published) =>
        published is null
            ? new Dictionary<string, decimal>()
            : MeasureSeriesReader.Read(published, PlanContent.KeyMeasure.Type, PlanContent.KeyMeasure.Series).Points
                .GroupBy(p => Key(p.Period), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);

    public async Task<HashSet<string>> UnlockedAsync(string contentItemId) =>
        (await db.Set<PeriodUnlockRecord>().AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && r.RelockedUtc == null)
            .Select(r => r.Period)
            .ToListAsync())
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public async Task UnlockAsync(ContentItem measure, string period, string reason, string userName)
    {
        db.Add(new PeriodUnlockRecord
        {
            ContentItemId = measure.ContentItemId,
            Period = period,
            Reason = reason,
            UnlockedBy = userName,
            UnlockedUtc = clock.GetUtcNow().UtcDateTime,
        });
        // The audit trail is its own module; a site without it still keeps the unlock's row and reason.
        foreach (var trail in audit)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.Content, AuditName)
        {
            UserName = userName,
            ContentItemId = measure.ContentItemId,
            ContentItemVersionId = measure.ContentItemVersionId,
            ContentType = measure.ContentType,
            DisplayText = measure.DisplayText,
            Comment = reason,
            Details = $"Period {period} unlocked",
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>After a publish: every unlocked period of the item locks again.</summary>
    public Task RelockAsync(string contentItemId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<PeriodUnlockRecord>()
            .Where(r => r.ContentItemId == contentItemId && r.RelockedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RelockedUtc, now));
    }

    public static string Key(string period) => MeasurePeriod.TryParse(period, out var parsed, out _) ? parsed.ToString() : period.Trim();
}
